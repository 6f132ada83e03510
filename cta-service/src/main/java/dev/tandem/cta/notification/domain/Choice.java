package dev.tandem.cta.notification.domain;

import java.util.Set;

/**
 * How a person wants one kind of notification: on which channels (none: not at all), and whether at once or collected
 * into the daily digest.
 */
public record Choice(Set<NotificationChannel> channels, boolean digest) {

    public static final Choice NONE = new Choice(Set.of(), false);

    public Choice {
        channels = Set.copyOf(channels);
    }
}
