package dev.tandem.cta.rule.service;

import dev.tandem.cta.account.repository.ActivityProjection;
import dev.tandem.cta.account.repository.ActivityProjection.ThreeWeeks;
import dev.tandem.cta.rule.domain.Observation.ActiveUsersObserved;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.domain.TriggerKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Week-over-week active-user drops. A drop is the absence of signals, so no event announces it: each run compares the
 * last complete week with the week before, per account, and runs the drop rules. The firing record keyed by the week
 * makes a rule fire once per account and week however often this runs, on however many replicas.
 */
@ApplicationScoped
public class ActivityDropScheduler {

    private final RuleCatalog catalog;
    private final RuleRunner runner;
    private final ActivityProjection activity;
    private final Clock clock;

    public ActivityDropScheduler(RuleCatalog catalog, RuleRunner runner, ActivityProjection activity, Clock clock) {
        this.catalog = catalog;
        this.runner = runner;
        this.activity = activity;
        this.clock = clock;
    }

    @Scheduled(
            identity = "activity-drop-scheduler",
            every = "${tandem.cta.rules.schedule-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run(LocalDate.now(clock)).replaceWithVoid();
    }

    /** @return how many rules fired for the last complete week before {@code today} */
    Uni<Integer> run(LocalDate today) {
        LocalDate lastWeek = ActivityProjection.weekOf(today).minusWeeks(1);
        return Panache.withSession(() -> catalog.enabled()).chain(rules -> {
            boolean watched = rules.stream()
                    .anyMatch(rule -> rule.definition().trigger().kind() == TriggerKind.ACTIVE_USERS_DROPPED);
            if (!watched) {
                return Uni.createFrom().item(0);
            }
            return Panache.withTransaction(() -> activity.forgetBefore(lastWeek.minusWeeks(4)))
                    .chain(() -> Panache.withSession(() -> activity.lastThreeWeeks(lastWeek)))
                    .chain(weeks -> fireAll(weeks, lastWeek));
        });
    }

    private Uni<Integer> fireAll(Map<UUID, ThreeWeeks> weeks, LocalDate lastWeek) {
        Uni<Integer> fired = Uni.createFrom().item(0);
        for (var entry : weeks.entrySet()) {
            ThreeWeeks week = entry.getValue();
            ActiveUsersObserved counts =
                    new ActiveUsersObserved(week.weekBeforePrevious(), week.previousWeek(), week.lastWeek());
            TriggerContext trigger = new TriggerContext(
                    "active-users:" + lastWeek,
                    "active users %d -> %d in the week of %s"
                            .formatted(counts.previousWeek(), counts.lastWeek(), lastWeek),
                    clock.instant(),
                    null);
            fired = fired.chain(count -> Panache.withTransaction(() -> runner.observe(entry.getKey(), counts, trigger))
                    .map(n -> count + n));
        }
        return fired;
    }
}
