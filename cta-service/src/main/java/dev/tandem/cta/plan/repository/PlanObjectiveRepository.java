package dev.tandem.cta.plan.repository;

import dev.tandem.cta.plan.domain.GoalKind;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.events.cta.ObjectiveStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class PlanObjectiveRepository implements PanacheRepositoryBase<PlanObjective, UUID> {

    private static final Set<ObjectiveStatus> OPEN = Set.of(ObjectiveStatus.ON_TRACK, ObjectiveStatus.AT_RISK);
    private static final Set<ObjectiveStatus> BEHIND = Set.of(ObjectiveStatus.AT_RISK, ObjectiveStatus.MISSED);

    public Uni<List<PlanObjective>> ofPlans(Collection<UUID> planIds) {
        return list("planId in ?1", Sort.by("planId").and("position"), planIds);
    }

    /**
     * The account's objectives measured by {@code metrics} of {@code kind}: those a new value moves. Locked, as every
     * read of objectives to judge them: two judgements of one objective at once (a value arriving while the schedule
     * runs) take turns, and the second sees the status the first left, so a change is announced once. In id order,
     * as the schedule takes them, so the two never wait for each other crosswise.
     */
    public Uni<List<PlanObjective>> onMetrics(UUID accountId, GoalKind kind, Collection<String> metrics) {
        return find(
                        "accountId = :account and goalKind = :kind and metric in :metrics",
                        Sort.by("id"),
                        Parameters.with("account", accountId).and("kind", kind).and("metrics", metrics))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** One objective to change, locked as {@link #onMetrics} explains; null when there is none. */
    public Uni<PlanObjective> forChange(UUID objectiveId) {
        return findById(objectiveId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Objectives still open (on track or at risk), a page at a time in id order: the daily run's work. */
    public Uni<List<PlanObjective>> open(UUID afterId, int limit) {
        return find(
                        "status in :open and id > :after",
                        Sort.by("id"),
                        Parameters.with("open", OPEN).and("after", afterId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, limit)
                .list();
    }

    /** Whether the account has an objective at risk or missed: the condition behind an "objective at risk" CTA. */
    public Uni<Boolean> anyBehind(UUID accountId) {
        return count("accountId = ?1 and status in ?2", accountId, BEHIND).map(count -> count > 0);
    }

    public Uni<Integer> nextPosition(UUID planId) {
        return find("select coalesce(max(position), 0) + 1 from PlanObjective where planId = ?1", planId)
                .project(Integer.class)
                .firstResult();
    }
}
