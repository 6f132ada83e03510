package dev.tandem.cta.rule.service;

import dev.tandem.cta.account.repository.EnrollmentProjection;
import dev.tandem.cta.account.repository.EnrollmentProjection.Overdue;
import dev.tandem.cta.rule.domain.Observation.OnboardingObserved;
import dev.tandem.cta.rule.domain.Observation.OnboardingOutcome;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.domain.TriggerKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Onboarding overdue: an enrollment whose due date has passed while nobody announced success, failure or an extension.
 * Keyed by enrollment and due date, a rule fires once per period; an extension's new date can fire it again.
 */
@ApplicationScoped
public class OnboardingOverdueScheduler {

    private final RuleRunner runner;
    private final EnrollmentProjection enrollments;
    private final Clock clock;

    public OnboardingOverdueScheduler(RuleRunner runner, EnrollmentProjection enrollments, Clock clock) {
        this.runner = runner;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Scheduled(
            identity = "onboarding-overdue-scheduler",
            every = "${tandem.cta.rules.schedule-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run(LocalDate.now(clock)).replaceWithVoid();
    }

    /** @return how many rules fired */
    Uni<Integer> run(LocalDate today) {
        return Panache.withSession(() -> runner.watches(TriggerKind.ONBOARDING_OVERDUE))
                .chain(watched -> watched
                        ? Panache.withSession(() -> enrollments.overdue(today)).chain(this::fireAll)
                        : Uni.createFrom().item(0));
    }

    private Uni<Integer> fireAll(List<Overdue> overdue) {
        Uni<Integer> fired = Uni.createFrom().item(0);
        for (Overdue enrollment : overdue) {
            TriggerContext trigger = new TriggerContext(
                    "onboarding-overdue:" + enrollment.enrollmentId() + ":" + enrollment.dueOn(),
                    "onboarding overdue since " + enrollment.dueOn(),
                    clock.instant(),
                    null);
            fired = fired.chain(count -> Panache.withTransaction(() -> runner.observe(
                            enrollment.accountId(), new OnboardingObserved(OnboardingOutcome.OVERDUE), trigger))
                    .map(n -> count + n));
        }
        return fired;
    }
}
