package dev.tandem.cta.plan.service;

import dev.tandem.cta.plan.repository.PlanObjectiveRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The clock side of objectives' statuses: with no new value, an objective still falls behind its straight line, comes
 * due soon or passes its due date as days go by. Each run judges the open objectives again, a page per transaction;
 * like the rule schedulers it keeps no state, and a status that did not change announces nothing, so runs repeated or
 * overlapping on replicas announce each change once (objectives are read locked: a second judgement waits for the
 * first and sees the status it left).
 */
@ApplicationScoped
public class PlanSchedule {

    static final int PAGE = 200;
    /** Below every id as PostgreSQL orders uuids (bytewise). */
    private static final UUID FIRST = new UUID(0, 0);

    private final PlanObjectiveRepository objectives;
    private final ObjectiveEvaluator evaluator;
    private final Clock clock;

    public PlanSchedule(PlanObjectiveRepository objectives, ObjectiveEvaluator evaluator, Clock clock) {
        this.objectives = objectives;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    @Scheduled(
            identity = "success-plan-schedule",
            every = "${tandem.cta.plans.schedule-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run(clock.instant()).replaceWithVoid();
    }

    /** @return how many objectives changed status as of {@code now} */
    public Uni<Integer> run(Instant now) {
        return page(FIRST, now, 0);
    }

    private Uni<Integer> page(UUID after, Instant now, int changed) {
        return Panache.withTransaction(() -> objectives
                        .open(after, PAGE)
                        .chain(page -> evaluator
                                .evaluate(page, false, now)
                                .map(count -> new Step(page.isEmpty() ? null : page.get(page.size() - 1).id, count))))
                .chain(step -> step.last() == null
                        ? Uni.createFrom().item(changed + step.changed())
                        : page(step.last(), now, changed + step.changed()));
    }

    private record Step(UUID last, int changed) {}
}
