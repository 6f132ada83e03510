package dev.tandem.cta.notification.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Where one person is reached and how they want each kind of notification; kinds not chosen are not sent. */
public record NotificationSettings(
        String email, String slackUrl, String teamsUrl, Map<NotificationKind, Choice> choices) {

    public static final NotificationSettings NONE = new NotificationSettings(null, null, null, Map.of());

    public NotificationSettings {
        choices = choices.isEmpty() ? Map.of() : new EnumMap<>(choices);
    }

    public Choice choiceFor(NotificationKind kind) {
        return choices.getOrDefault(kind, Choice.NONE);
    }

    /** The e-mail address or webhook URL of a channel; empty when the person gave none. */
    public Optional<String> addressOf(NotificationChannel channel) {
        return Optional.ofNullable(
                switch (channel) {
                    case EMAIL -> email;
                    case SLACK -> slackUrl;
                    case TEAMS -> teamsUrl;
                });
    }
}
