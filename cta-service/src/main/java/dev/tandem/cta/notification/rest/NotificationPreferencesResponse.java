package dev.tandem.cta.notification.rest;

import dev.tandem.cta.delivery.domain.UrlRedaction;
import dev.tandem.cta.notification.domain.Choice;
import dev.tandem.cta.notification.domain.NotificationChannel;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.domain.NotificationSettings;
import java.util.Arrays;
import java.util.List;

/**
 * A person's preferences with every kind listed, chosen or not. Webhook URLs are bearer secrets: whole for cs-admins,
 * cut to their host for everyone else, the person themselves included.
 */
public record NotificationPreferencesResponse(
        String person, String email, String slackUrl, String teamsUrl, List<KindChoiceResponse> kinds) {

    public record KindChoiceResponse(NotificationKind kind, List<NotificationChannel> channels, boolean digest) {}

    static NotificationPreferencesResponse of(String person, NotificationSettings settings, boolean urlsVisible) {
        List<KindChoiceResponse> kinds = Arrays.stream(NotificationKind.values())
                .map(kind -> {
                    Choice choice = settings.choiceFor(kind);
                    return new KindChoiceResponse(
                            kind, choice.channels().stream().sorted().toList(), choice.digest());
                })
                .toList();
        return new NotificationPreferencesResponse(
                person,
                settings.email(),
                urlsVisible ? settings.slackUrl() : UrlRedaction.redact(settings.slackUrl()),
                urlsVisible ? settings.teamsUrl() : UrlRedaction.redact(settings.teamsUrl()),
                kinds);
    }
}
