package dev.tandem.gateway.notification;

import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** cta-service's notification preferences, guarded like every downstream call. */
@ApplicationScoped
public class NotificationClient {

    private static final String SERVICE = "cta";

    private final Downstream downstream;
    private final NotificationApi api;

    public NotificationClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, NotificationApi.class);
    }

    /** The caller's own, as cta-service knows them by the token's subject. */
    public Uni<NotificationPreferences> mine() {
        return downstream.read(SERVICE, api::mine);
    }

    public Uni<NotificationPreferences> replaceMine(NotificationPreferencesInput preferences) {
        return downstream.write(SERVICE, () -> api.replaceMine(preferences));
    }

    public Uni<NotificationPreferences> theirs(String person) {
        return downstream.read(SERVICE, () -> api.theirs(person));
    }

    public Uni<NotificationPreferences> replaceTheirs(String person, NotificationPreferencesInput preferences) {
        return downstream.write(SERVICE, () -> api.replaceTheirs(person, preferences));
    }
}
