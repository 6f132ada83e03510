package dev.tandem.cta.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.rule.domain.ReentryPolicy.Mode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReentryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void everyTimeAlwaysAllows() {
        assertThat(ReentryPolicy.EVERY_TIME.allows(List.of(NOW, NOW, NOW), NOW)).isTrue();
    }

    @Test
    void atMostCountsAllEarlierFirings() {
        ReentryPolicy twice = new ReentryPolicy(Mode.AT_MOST, 2, null);

        assertThat(twice.allows(List.of(), NOW)).isTrue();
        assertThat(twice.allows(List.of(daysAgo(400)), NOW)).isTrue();
        assertThat(twice.allows(List.of(daysAgo(400), daysAgo(1)), NOW)).isFalse();
    }

    @Test
    void atMostPerWindowForgetsFiringsOutsideTheWindow() {
        ReentryPolicy oncePerMonth = new ReentryPolicy(Mode.AT_MOST_PER_WINDOW, 1, 30);

        assertThat(oncePerMonth.allows(List.of(daysAgo(31)), NOW)).isTrue();
        assertThat(oncePerMonth.allows(List.of(daysAgo(29)), NOW)).isFalse();
        assertThat(oncePerMonth.lookBackFrom(NOW)).isEqualTo(daysAgo(30));
    }

    @Test
    void limitsNeedTheirNumbers() {
        assertThat(new ReentryPolicy(Mode.AT_MOST, null, null).problems())
                .extracting(p -> p.field())
                .containsExactly("reentry.times");
        assertThat(new ReentryPolicy(Mode.AT_MOST_PER_WINDOW, 2, 0).problems())
                .extracting(p -> p.field())
                .containsExactly("reentry.windowDays");
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }
}
