package dev.tandem.content.milestone.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an enrollment stands against its program's definition of success. Only what happened by the (possibly
 * extended) due date counts; what happened before the enrollment started counts as reached on the first day, since
 * an account that finished a setup step during its trial has finished it.
 */
public final class MilestoneEvaluation {

    /** A milestone of the program, in program order. */
    public record Step(UUID milestoneId, MilestoneCondition condition) {}

    /** A milestone newly found reached, and on which day. */
    public record Reached(UUID milestoneId, LocalDate on) {}

    private MilestoneEvaluation() {}

    /**
     * The milestones the facts newly satisfy.
     *
     * @param alreadyReached milestones recorded as reached before, with their day; never reached again
     */
    public static List<Reached> newlyReached(
            List<Step> steps,
            Map<UUID, LocalDate> alreadyReached,
            Collection<UsageFact> facts,
            LocalDate startedOn,
            LocalDate dueOn) {
        List<UsageFact> inPeriod =
                facts.stream().filter(fact -> !fact.day().isAfter(dueOn)).toList();
        List<Reached> reached = new ArrayList<>();
        for (Step step : steps) {
            if (alreadyReached.containsKey(step.milestoneId())) {
                continue;
            }
            step.condition()
                    .metOn(inPeriod)
                    .map(day -> day.isBefore(startedOn) ? startedOn : day)
                    .ifPresent(day -> reached.add(new Reached(step.milestoneId(), day)));
        }
        return reached;
    }

    /** The day of success if every milestone is reached: the day the last of them was. */
    public static Optional<LocalDate> succeededOn(List<Step> steps, Map<UUID, LocalDate> reached) {
        if (steps.isEmpty() || !steps.stream().allMatch(step -> reached.containsKey(step.milestoneId()))) {
            return Optional.empty();
        }
        return steps.stream().map(step -> reached.get(step.milestoneId())).max(LocalDate::compareTo);
    }

    /** The first milestone in program order not yet reached: where the account stands or stalls. */
    static Optional<Step> nextUnmet(List<Step> steps, Map<UUID, LocalDate> reached) {
        return steps.stream()
                .filter(step -> !reached.containsKey(step.milestoneId()))
                .findFirst();
    }
}
