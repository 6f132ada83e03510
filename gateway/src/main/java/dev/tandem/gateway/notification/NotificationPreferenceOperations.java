package dev.tandem.gateway.notification;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Notification preferences: one's own for CSMs and cs-admins, anyone's for cs-admins. cta-service decides what each
 * caller sees of the webhook URLs; its refusals show as VALIDATION naming the field.
 */
@GraphQLApi
public class NotificationPreferenceOperations {

    private final NotificationClient notifications;

    public NotificationPreferenceOperations(NotificationClient notifications) {
        this.notifications = notifications;
    }

    @Query("myNotificationPreferences")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("My notification preferences: every kind with its channels and whether in the daily digest.")
    public Uni<NotificationPreferences> myNotificationPreferences() {
        return notifications.mine();
    }

    @Mutation("updateMyNotificationPreferences")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Replace my notification preferences; kinds left out are not sent.")
    public Uni<NotificationPreferences> updateMyNotificationPreferences(
            @NonNull NotificationPreferencesInput preferences) {
        return notifications.replaceMine(preferences);
    }

    @Query("notificationPreferences")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("A person's notification preferences (their user id), webhook URLs whole.")
    public Uni<NotificationPreferences> notificationPreferences(@NonNull String person) {
        return PersonId.checked(person).chain(notifications::theirs);
    }

    @Mutation("updateNotificationPreferences")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Replace a person's notification preferences.")
    public Uni<NotificationPreferences> updateNotificationPreferences(
            @NonNull String person, @NonNull NotificationPreferencesInput preferences) {
        return PersonId.checked(person).chain(checked -> notifications.replaceTheirs(checked, preferences));
    }
}
