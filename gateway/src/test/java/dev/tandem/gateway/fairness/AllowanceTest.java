package dev.tandem.gateway.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowanceTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsAllowedThenTheSteadyRateWithTheWaitStated() {
        Allowance allowance = new Allowance(10_000, 2_000, 10, 0);

        assertThat(allowance.admit(5_000, 0)).isEmpty();
        assertThat(allowance.admit(5_000, 0)).isEmpty();
        Allowance.Refusal refusal = allowance.admit(5_000, 0).orElseThrow();
        assertThat(refusal.retryAfterSeconds()).isEqualTo(3);
        assertThat(refusal.message()).contains("2000 rows a second, bursts of 10000");

        assertThat(allowance.admit(5_000, 3 * SECOND)).isEmpty();
    }

    @Test
    void noMoreQueriesRunAtOnceThanAllowedAndAFinishedOneFreesItsPlace() {
        Allowance allowance = new Allowance(10_000, 2_000, 2, 0);
        assertThat(allowance.admit(1, 0)).isEmpty();
        assertThat(allowance.admit(1, 0)).isEmpty();

        assertThat(allowance.admit(1, 0)).hasValueSatisfying(refusal -> {
            assertThat(refusal.message()).contains("runs 2 queries at once");
            assertThat(refusal.retryAfterSeconds()).isEqualTo(1);
        });

        allowance.finished();
        assertThat(allowance.admit(1, 0)).isEmpty();
    }

    @Test
    void anIdleCallerWithAFullBucketCanBeForgotten() {
        Allowance allowance = new Allowance(10_000, 2_000, 2, 0);
        allowance.admit(4_000, 0);
        assertThat(allowance.idle(SECOND)).isFalse();
        allowance.finished();
        assertThat(allowance.idle(SECOND)).isFalse();
        assertThat(allowance.idle(2 * SECOND)).isTrue();
    }
}
