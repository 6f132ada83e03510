package dev.tandem.health.scorecard.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Picks the scorecard that judges an account. */
public final class ScorecardChoice {

    /** What the choice needs of a scorecard. */
    public record Candidate(UUID id, String name, boolean isDefault, int priority, ScorecardCriteria criteria) {}

    private final List<Candidate> byPriority;
    private final Optional<Candidate> fallback;

    public ScorecardChoice(List<Candidate> candidates) {
        this.byPriority = candidates.stream()
                .filter(c -> !c.isDefault())
                .sorted(Comparator.comparingInt(Candidate::priority).thenComparing(Candidate::name))
                .toList();
        this.fallback = candidates.stream().filter(Candidate::isDefault).findFirst();
    }

    /**
     * The matching scorecard with the lowest priority number (ties by name, so the choice never flips at random), or
     * the default when none matches; empty when there is no default either.
     */
    public Optional<UUID> forAccount(AccountSegment account) {
        return byPriority.stream()
                .filter(c -> c.criteria().matches(account))
                .findFirst()
                .or(() -> fallback)
                .map(Candidate::id);
    }
}
