package dev.tandem.platform.jobs;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Works a backlog to its end: a step is repeated, one after another, while what it returned says more may wait (a
 * full batch, a job found). Scheduled work drains this way rather than doing one step a tick, so a backlog goes at
 * the speed of the work, not of the schedule. A step that fails ends the drain with its failure.
 */
public final class Drain {

    private Drain() {}

    /** Each step's result, in order, ending with the first that says nothing more waits. */
    public static <T> Multi<T> steps(Supplier<Uni<T>> step, Predicate<? super T> moreMayWait) {
        return Multi.createBy().repeating().<T>uni(step::get).whilst(moreMayWait::test);
    }

    /** Repeats {@code step} while it says more may wait; the last step's result. */
    public static <T> Uni<T> untilDone(Supplier<Uni<T>> step, Predicate<? super T> moreMayWait) {
        return steps(step, moreMayWait).collect().last();
    }

    /** Repeats {@code step} while it says more may wait, and adds up how much the steps did. */
    public static Uni<Integer> total(Supplier<Uni<Integer>> step, Predicate<Integer> moreMayWait) {
        return steps(step, moreMayWait).collect().with(Collectors.summingInt(Integer::intValue));
    }
}
