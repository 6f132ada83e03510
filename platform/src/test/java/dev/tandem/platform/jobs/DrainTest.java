package dev.tandem.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DrainTest {

    /** A backlog worked a batch of three at a time: each step returns how many it took. */
    private static Uni<Integer> takeBatch(Deque<Integer> backlog) {
        int taken = 0;
        while (taken < 3 && !backlog.isEmpty()) {
            backlog.pop();
            taken++;
        }
        return Uni.createFrom().item(taken);
    }

    @Test
    void repeatsWhileAStepSaysMoreMayWaitAndStopsAtTheFirstThatDoesNot() {
        Deque<Integer> backlog = new ArrayDeque<>(List.of(1, 2, 3, 4, 5, 6, 7));

        List<Integer> steps = Drain.steps(() -> takeBatch(backlog), taken -> taken == 3)
                .collect()
                .asList()
                .await()
                .indefinitely();

        assertThat(steps).containsExactly(3, 3, 1);
        assertThat(backlog).isEmpty();
    }

    @Test
    void givesTheLastResultOrTheSum() {
        Deque<Integer> first = new ArrayDeque<>(List.of(1, 2, 3, 4, 5, 6));
        Deque<Integer> second = new ArrayDeque<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));

        // A full last batch is followed by one more step that finds nothing.
        assertThat(Drain.untilDone(() -> takeBatch(first), taken -> taken == 3)
                        .await()
                        .indefinitely())
                .isZero();
        assertThat(Drain.total(() -> takeBatch(second), taken -> taken == 3)
                        .await()
                        .indefinitely())
                .isEqualTo(8);
    }

    @Test
    void aFailingStepEndsTheDrainWithItsFailure() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Drain.untilDone(
                                () -> calls.incrementAndGet() < 2
                                        ? Uni.createFrom().item(true)
                                        : Uni.createFrom().failure(new IllegalStateException("database gone")),
                                more -> more)
                        .await()
                        .indefinitely())
                .hasMessage("database gone");
        assertThat(calls).hasValue(2);
    }
}
