package dev.tandem.cta.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.notification.domain.Choice;
import dev.tandem.cta.notification.domain.NotificationChannel;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.domain.NotificationSettings;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the daily digest goes: its own channels when the person chose some, else those of the kinds it collects. */
class DigestChannelsTest {

    @Test
    void theDigestsOwnChannelsWin() {
        var settings = new NotificationSettings(
                "dana@example.org",
                "https://hooks.slack.com/services/x",
                null,
                Map.of(
                        NotificationKind.DAILY_DIGEST, new Choice(Set.of(NotificationChannel.EMAIL), false),
                        NotificationKind.DETRACTOR, new Choice(Set.of(NotificationChannel.SLACK), true)));

        assertThat(DailyDigest.channels(settings)).containsExactly(NotificationChannel.EMAIL);
    }

    @Test
    void withoutThemTheCollectedKindsChannelsAreUsed() {
        var settings = new NotificationSettings(
                "dana@example.org",
                "https://hooks.slack.com/services/x",
                null,
                Map.of(
                        NotificationKind.DETRACTOR, new Choice(Set.of(NotificationChannel.SLACK), true),
                        NotificationKind.ACCOUNT_RED, new Choice(Set.of(NotificationChannel.EMAIL), true),
                        NotificationKind.CTA_ASSIGNED, new Choice(Set.of(NotificationChannel.TEAMS), false)));

        assertThat(DailyDigest.channels(settings))
                .containsExactlyInAnyOrder(NotificationChannel.SLACK, NotificationChannel.EMAIL);
    }

    @Test
    void aKindNotChosenIsNotSentAndAChannelWithoutAddressHasNone() {
        assertThat(NotificationSettings.NONE
                        .choiceFor(NotificationKind.CTA_OVERDUE)
                        .channels())
                .isEmpty();
        assertThat(NotificationSettings.NONE.addressOf(NotificationChannel.TEAMS))
                .isEmpty();
    }
}
