package dev.tandem.cta.notification.rest;

import dev.tandem.cta.notification.domain.NotificationChannel;
import dev.tandem.cta.notification.domain.NotificationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Where a person is reached and how they want each kind. A URL sent back as it was shown cut to its host keeps the
 * stored one, so a CSM can change a choice without seeing their webhook's secret again.
 */
public record NotificationPreferencesRequest(
        @Email(message = "must be an e-mail address") @Size(max = 254, message = "must be at most 254 characters")
        String email,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String slackUrl,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String teamsUrl,

        @NotNull(message = "is required: one entry per kind of notification wanted")
        @Size(max = 5, message = "has one entry per kind, at most 5")
        List<@NotNull(message = "must not be null") @Valid KindChoice> kinds) {

    /** One kind: on which channels (empty: not at all), and whether in the daily digest rather than at once. */
    public record KindChoice(
            @NotNull(message = "is required") NotificationKind kind,

            @NotNull(message = "is required, [] for none") @Size(max = 3, message = "has at most 3 channels")
            List<@NotNull(message = "must not be null") NotificationChannel> channels,

            boolean digest) {}
}
