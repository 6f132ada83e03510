package dev.tandem.gateway.notification;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * cta-service's body field for field; it judges the input (an e-mail address, URLs of at most 2,000 characters, one
 * entry per kind) and names the bad field.
 */
@Input("NotificationPreferencesInput")
@Description("All of a person's preferences at once: kinds left out are not sent. A webhook URL sent back as it was"
        + " shown, cut to its host, keeps the stored one.")
public record NotificationPreferencesInput(
        @Description("At most 254 characters") String email,

        @Description("A Slack-compatible incoming webhook URL")
        String slackUrl,

        @Description("A Teams-compatible incoming webhook URL")
        String teamsUrl,

        @NonNull @Description("One entry per kind wanted, at most 5")
        List<@NonNull KindChoice> kinds) {

    @Input("NotificationKindChoiceInput")
    public record KindChoice(
            @NonNull NotificationKind kind,
            @NonNull @Description("[] for none") List<@NonNull NotificationChannel> channels,

            @Description("In the daily digest rather than at once; false when left out")
            Boolean digest) {}
}
