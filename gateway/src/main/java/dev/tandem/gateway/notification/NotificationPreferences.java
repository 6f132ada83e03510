package dev.tandem.gateway.notification;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a person is reached and how they want each kind of notification. Webhook URLs are secrets: whole"
        + " for cs-admins, cut to their host for everyone else, the person themselves included.")
public record NotificationPreferences(
        @NonNull @Description("The person's user id") String person,
        String email,
        String slackUrl,
        String teamsUrl,
        @NonNull @Description("Every kind, chosen or not") List<@NonNull KindChoice> kinds) {

    @Name("NotificationKindChoice")
    @Description("One kind: on which channels (none: not sent), and whether in the daily digest rather than at once.")
    public record KindChoice(
            @NonNull NotificationKind kind,
            @NonNull List<@NonNull NotificationChannel> channels,
            @NonNull boolean digest) {}
}
