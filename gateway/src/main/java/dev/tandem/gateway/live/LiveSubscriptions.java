package dev.tandem.gateway.live;

import dev.tandem.gateway.config.Roles;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

/** Live consoles over WebSocket (graphql-ws or graphql-transport-ws at /graphql), fed from Kafka. */
@GraphQLApi
public class LiveSubscriptions {

    private final LiveEvents events;

    public LiveSubscriptions(LiveEvents events) {
        this.events = events;
    }

    @Subscription("healthChanged")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Each change of an account's health score or band (Tandem's account id), from now on.")
    public Multi<HealthScoreChange> healthChanged(@NonNull UUID accountId) {
        return events.healthChanges().filter(change -> accountId.equals(change.accountId()));
    }

    @Subscription("ctaChanged")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Each change of a CTA owned by this user id, from now on: created, updated, snoozed, closed.")
    public Multi<CtaChange> ctaChanged(@NonNull String ownerId) {
        return events.ctaChanges().filter(change -> ownerId.equals(change.ownerId()));
    }
}
