package dev.tandem.content.recommendation.domain;

import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks published content for a reader at an account: what to read next to get on with onboarding.
 *
 * <p>Which items qualify: those covering a use case of an unmet milestone (the account's next steps) or, after those,
 * of one of the most valuable use cases (by priority); that suit the reader's role and the account's plan and segment;
 * and that the reader has not already viewed.
 *
 * <p>In which order, each rule breaking the ties of the one before:
 *
 * <ol>
 *   <li>Items for the earliest unmet milestone first, in program order: that is where the account stands, and
 *       milestones build on each other. Items for use cases alone (no unmet milestone) come after every milestone.
 *   <li>Items that name the reader's role before items written for everyone: a setup video for admins beats a
 *       general article for an admin.
 *   <li>Items nobody at the account has viewed before items a colleague already viewed: new help first.
 *   <li>Items covering a higher-priority use case first: priority is the CS time that content saves, so it is also
 *       the best guess of what customers struggle with most.
 *   <li>Title, then id, so that the order is stable.
 * </ol>
 */
public final class RecommendationRanking {

    /** A published item that might be recommended. */
    public record Candidate(UUID id, String title, ContentTargets targets) {}

    /**
     * Something the account should get done, with the use cases whose content helps: an unmet milestone (with its
     * program position), or a use case on its own ({@code milestoneId} null).
     */
    public record Goal(int order, UUID milestoneId, String name, Set<UUID> useCases) {}

    /** Who is reading and where. Any of the fields may be null, which restricts nothing. */
    public record Reader(UserRole role, String plan, TouchModel touchModel) {}

    /** A recommended item with the goal it serves, for the "why" shown next to it. */
    public record Recommendation(Candidate item, Goal goal, boolean forRole, boolean seenAtAccount) {}

    private RecommendationRanking() {}

    public static List<Recommendation> rank(
            Collection<Candidate> candidates,
            List<Goal> goals,
            Map<UUID, Long> useCasePriority,
            Reader reader,
            Set<UUID> viewedByReader,
            Set<UUID> viewedAtAccount,
            int limit) {
        List<Recommendation> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (viewedByReader.contains(candidate.id())
                    || !candidate.targets().suits(reader.role(), reader.plan(), reader.touchModel())) {
                continue;
            }
            firstGoal(candidate, goals)
                    .ifPresent(goal -> ranked.add(new Recommendation(
                            candidate,
                            goal,
                            candidate.targets().speaksTo(reader.role()),
                            viewedAtAccount.contains(candidate.id()))));
        }
        Comparator<Recommendation> order = Comparator.<Recommendation>comparingInt(
                        r -> r.goal().order())
                .thenComparing(r -> !r.forRole())
                .thenComparing(Recommendation::seenAtAccount)
                .thenComparing(Comparator.comparingLong((Recommendation r) -> bestPriority(r.item(), useCasePriority))
                        .reversed())
                .thenComparing(r -> r.item().title())
                .thenComparing(r -> r.item().id());
        return ranked.stream().sorted(order).limit(limit).toList();
    }

    private static Optional<Goal> firstGoal(Candidate candidate, List<Goal> goals) {
        return goals.stream()
                .filter(goal -> candidate.targets().useCases().stream().anyMatch(goal.useCases()::contains))
                .min(Comparator.comparingInt(Goal::order));
    }

    private static long bestPriority(Candidate candidate, Map<UUID, Long> useCasePriority) {
        return candidate.targets().useCases().stream()
                .mapToLong(useCase -> useCasePriority.getOrDefault(useCase, 0L))
                .max()
                .orElse(0);
    }
}
