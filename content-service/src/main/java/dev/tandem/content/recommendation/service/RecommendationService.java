package dev.tandem.content.recommendation.service;

import dev.tandem.content.account.domain.AccountRef;
import dev.tandem.content.account.domain.UserRef;
import dev.tandem.content.account.repository.AccountProjection;
import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.enrollment.domain.EnrollmentStatus;
import dev.tandem.content.enrollment.repository.EnrollmentRepository;
import dev.tandem.content.item.domain.ContentItem;
import dev.tandem.content.item.domain.ContentStatus;
import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.item.repository.ContentItemRepository;
import dev.tandem.content.program.domain.Milestone;
import dev.tandem.content.program.repository.MilestoneRepository;
import dev.tandem.content.recommendation.domain.RecommendationRanking;
import dev.tandem.content.recommendation.domain.RecommendationRanking.Goal;
import dev.tandem.content.usecase.domain.UseCase;
import dev.tandem.content.usecase.repository.UseCaseRepository;
import dev.tandem.content.view.repository.ContentViews;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gathers what {@link RecommendationRanking} needs for an account (and optionally a user or a role): its open
 * enrollment's unmet milestones, the most valuable use cases, the published content covering them and what was
 * already viewed.
 */
@ApplicationScoped
public class RecommendationService {

    /** How many top use cases are considered after the milestones. */
    private static final int USE_CASES_CONSIDERED = 50;

    /** The ranked items, and the enrollment they were chosen for (null when the account is not onboarding). */
    public record Recommendations(Enrollment enrollment, List<RecommendationRanking.Recommendation> items) {}

    private final AccountProjection accounts;
    private final EnrollmentRepository enrollments;
    private final MilestoneRepository milestones;
    private final UseCaseRepository useCases;
    private final ContentItemRepository items;
    private final ContentViews views;

    public RecommendationService(
            AccountProjection accounts,
            EnrollmentRepository enrollments,
            MilestoneRepository milestones,
            UseCaseRepository useCases,
            ContentItemRepository items,
            ContentViews views) {
        this.accounts = accounts;
        this.enrollments = enrollments;
        this.milestones = milestones;
        this.useCases = useCases;
        this.items = items;
        this.views = views;
    }

    @WithSession
    public Uni<Recommendations> forAccount(UUID accountId, UUID userId, UserRole role, int limit) {
        return accounts.account(accountId)
                .chain(account -> account == null
                        ? Uni.createFrom().failure(new NotFoundException("Account", accountId))
                        : reader(account, userId).chain(user -> recommend(account, user, role, limit)));
    }

    private Uni<UserRef> reader(AccountRef account, UUID userId) {
        if (userId == null) {
            return Uni.createFrom().nullItem();
        }
        return accounts.user(userId).map(user -> {
            if (user == null || !user.accountId.equals(account.accountId)) {
                throw new NotFoundException("User", userId);
            }
            return user;
        });
    }

    private Uni<Recommendations> recommend(AccountRef account, UserRef user, UserRole role, int limit) {
        UserRole readerRole =
                role != null ? role : user != null && user.role != null ? UserRole.valueOf(user.role) : null;
        var reader = new RecommendationRanking.Reader(
                readerRole, account.plan, account.touchModel == null ? null : TouchModel.valueOf(account.touchModel));
        return openEnrollment(account.accountId)
                .chain(enrollment -> unmetMilestones(enrollment)
                        .chain(unmet -> useCases.byPriority(USE_CASES_CONSIDERED)
                                .chain(top -> {
                                    List<Goal> goals = goals(unmet, top);
                                    Set<UUID> wanted = new LinkedHashSet<>();
                                    goals.forEach(goal -> wanted.addAll(goal.useCases()));
                                    return items.covering(wanted)
                                            .chain(covering -> views.seen(
                                                            account.externalId, user == null ? null : user.externalId)
                                                    .chain(seen -> useCases.byIds(wanted)
                                                            .map(known -> {
                                                                Set<UUID> byReader = new HashSet<>();
                                                                Set<UUID> atAccount = new HashSet<>();
                                                                for (Object[] row : seen) {
                                                                    UUID id = UUID.fromString((String) row[0]);
                                                                    atAccount.add(id);
                                                                    if (Boolean.TRUE.equals(row[1])) {
                                                                        byReader.add(id);
                                                                    }
                                                                }
                                                                Map<UUID, Long> priority = new HashMap<>();
                                                                known.forEach(useCase ->
                                                                        priority.put(useCase.id, useCase.priority));
                                                                List<RecommendationRanking.Candidate> candidates =
                                                                        covering.stream()
                                                                                .filter(item -> item.status
                                                                                        == ContentStatus.PUBLISHED)
                                                                                .map(RecommendationService::candidate)
                                                                                .toList();
                                                                return new Recommendations(
                                                                        enrollment,
                                                                        RecommendationRanking.rank(
                                                                                candidates,
                                                                                goals,
                                                                                priority,
                                                                                reader,
                                                                                byReader,
                                                                                atAccount,
                                                                                limit));
                                                            })));
                                })));
    }

    /** The account's open enrollment that ends first, if it has one. */
    private Uni<Enrollment> openEnrollment(UUID accountId) {
        return enrollments
                .ofAccount(accountId)
                .map(list -> list.stream()
                        .filter(e -> e.status == EnrollmentStatus.IN_PROGRESS)
                        .min(Comparator.comparing((Enrollment e) -> e.dueOn).thenComparing(e -> e.id))
                        .orElse(null));
    }

    private Uni<List<Milestone>> unmetMilestones(Enrollment enrollment) {
        if (enrollment == null) {
            return Uni.createFrom().item(List.of());
        }
        return milestones
                .ofProgram(enrollment.programId)
                .chain(all -> enrollments
                        .reached(enrollment.id)
                        .map((Map<UUID, LocalDate> reached) -> all.stream()
                                .filter(milestone -> !reached.containsKey(milestone.id))
                                .toList()));
    }

    /** Unmet milestones in program order, then the top use cases by priority. */
    private static List<Goal> goals(List<Milestone> unmet, List<UseCase> top) {
        List<Goal> goals = new ArrayList<>();
        for (Milestone milestone : unmet) {
            Set<UUID> covered = new LinkedHashSet<>();
            ContentTargets.split(milestone.useCaseIds).forEach(id -> covered.add(UUID.fromString(id)));
            goals.add(new Goal(milestone.position, milestone.id, milestone.name, covered));
        }
        int next = 1_000;
        for (UseCase useCase : top) {
            goals.add(new Goal(next++, null, useCase.name, Set.of(useCase.id)));
        }
        return goals;
    }

    private static RecommendationRanking.Candidate candidate(ContentItem item) {
        return new RecommendationRanking.Candidate(item.id, item.title, ContentTargets.of(item));
    }
}
