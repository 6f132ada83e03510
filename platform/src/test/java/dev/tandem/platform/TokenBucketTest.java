package dev.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.platform.security.TokenBucket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aFullBucketAllowsItsBurstThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 2.0, T0);

        assertThat(bucket.take(T0)).isEmpty();
        assertThat(bucket.take(T0)).isEmpty();
        assertThat(bucket.take(T0)).isEmpty();
        assertThat(bucket.take(T0)).contains(Duration.ofMillis(500));
    }

    @Test
    void tokensComeBackAtTheRefillRate() {
        TokenBucket bucket = new TokenBucket(1, 4.0, T0);
        bucket.take(T0);

        assertThat(bucket.take(T0.plusMillis(100))).as("0.4 tokens back").isPresent();
        assertThat(bucket.take(T0.plusMillis(250))).as("1 token back").isEmpty();
    }

    @Test
    void aLongQuietSpellRefillsOnlyUpToCapacity() {
        TokenBucket bucket = new TokenBucket(2, 10.0, T0);
        Instant later = T0.plus(Duration.ofHours(1));

        assertThat(bucket.take(later)).isEmpty();
        assertThat(bucket.take(later)).isEmpty();
        assertThat(bucket.take(later)).isPresent();
    }

    @Test
    void aBucketNeedsRoomAndARate() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
