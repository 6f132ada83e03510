package dev.tandem.content.milestone.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A milestone's condition on an account's usage facts, and the day it was first met. Facts may arrive late or out of
 * order; since the answer is computed from all facts each time, a late fact can only move the day earlier, and a
 * duplicate (already dropped by the consumer) could not change it anyway.
 *
 * @param subject the setup step, feature or ROI metric; null where the kind takes none
 * @param threshold how many seats or feature uses; 1 for the kinds without a count
 */
public record MilestoneCondition(MilestoneKind kind, String subject, int threshold) {

    public MilestoneCondition {
        Objects.requireNonNull(kind, "kind");
        if (kind.needsSubject() && (subject == null || subject.isBlank())) {
            throw new IllegalArgumentException(kind + " needs a subject");
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
    }

    /** The first day the condition held, or empty if it does not hold yet. */
    public Optional<LocalDate> metOn(Collection<UsageFact> facts) {
        return switch (kind) {
            case SETUP_STEP_DONE -> firstDay(facts, FactKind.SETUP_STEP, subject);
            case ROI_REPORTED -> firstDay(facts, FactKind.ROI, subject);
            case FEATURE_USED -> dayCountReaches(facts, FactKind.FEATURE, subject);
            case SEATS_ACTIVE -> dayDistinctNamesReach(facts, FactKind.SEAT);
        };
    }

    private static Optional<LocalDate> firstDay(Collection<UsageFact> facts, FactKind kind, String name) {
        return facts.stream()
                .filter(fact -> fact.kind() == kind && (name == null || name.equals(fact.name())))
                .map(UsageFact::day)
                .min(LocalDate::compareTo);
    }

    /** The day the running total of uses reached the threshold. */
    private Optional<LocalDate> dayCountReaches(Collection<UsageFact> facts, FactKind kind, String name) {
        List<UsageFact> inOrder = facts.stream()
                .filter(fact -> fact.kind() == kind && name.equals(fact.name()))
                .sorted((a, b) -> a.day().compareTo(b.day()))
                .toList();
        long total = 0;
        for (UsageFact fact : inOrder) {
            total += fact.count();
            if (total >= threshold) {
                return Optional.of(fact.day());
            }
        }
        return Optional.empty();
    }

    /** The day the threshold-th distinct seat was first activated. */
    private Optional<LocalDate> dayDistinctNamesReach(Collection<UsageFact> facts, FactKind kind) {
        Map<String, LocalDate> firstByName = new HashMap<>();
        for (UsageFact fact : facts) {
            if (fact.kind() == kind) {
                firstByName.merge(fact.name(), fact.day(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<LocalDate> days = firstByName.values().stream().sorted().toList();
        return days.size() >= threshold ? Optional.of(days.get(threshold - 1)) : Optional.empty();
    }
}
