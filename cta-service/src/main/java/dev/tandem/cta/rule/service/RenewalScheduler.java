package dev.tandem.cta.rule.service;

import dev.tandem.cta.rule.domain.Observation.RenewalObserved;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.domain.TriggerKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Time-based triggers: renewals entering a rule's window. No event marks the day a renewal comes within 120 days, so
 * each run looks at the running contracts renewing within the widest window and runs the renewal rules on each.
 *
 * <p>It keeps no state of its own: the firing record, keyed by rule, account and renewal date, is what makes a rule
 * fire once per renewal date, whether runs repeat, overlap on several replicas, or resume after a restart.
 */
@ApplicationScoped
public class RenewalScheduler {

    private static final String DUE = """
            SELECT DISTINCT account_id, renewal_date FROM contract_ref
            WHERE active AND renewal_date BETWEEN :today AND :until
            ORDER BY renewal_date, account_id
            """;

    private final RuleCatalog catalog;
    private final RuleRunner runner;
    private final Clock clock;

    public RenewalScheduler(RuleCatalog catalog, RuleRunner runner, Clock clock) {
        this.catalog = catalog;
        this.runner = runner;
        this.clock = clock;
    }

    @Scheduled(
            identity = "renewal-scheduler",
            every = "${tandem.cta.rules.schedule-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run(LocalDate.now(clock)).replaceWithVoid();
    }

    /**
     * Runs the renewal rules for every renewal within reach of {@code today}, one transaction per account so that one
     * failure does not undo the others.
     *
     * @return how many rules fired
     */
    Uni<Integer> run(LocalDate today) {
        return Panache.withSession(() -> catalog.enabled()).chain(rules -> {
            int widest = rules.stream()
                    .filter(RenewalScheduler::serves)
                    .mapToInt(rule -> rule.definition().trigger().days())
                    .max()
                    .orElse(-1);
            if (widest < 0) {
                return Uni.createFrom().item(0);
            }
            return Panache.withSession(() -> Panache.getSession()
                            .chain(session -> session.createNativeQuery(DUE, Object[].class)
                                    .setParameter("today", today)
                                    .setParameter("until", today.plusDays(widest))
                                    .getResultList()))
                    .chain(due -> fireAll(due, today));
        });
    }

    private Uni<Integer> fireAll(List<Object[]> due, LocalDate today) {
        Uni<Integer> fired = Uni.createFrom().item(0);
        for (Object[] row : due) {
            UUID accountId = (UUID) row[0];
            LocalDate renewal = (LocalDate) row[1];
            fired = fired.chain(count -> Panache.withTransaction(() -> runner.observe(
                            accountId,
                            new RenewalObserved(renewal, today),
                            new TriggerContext(
                                    "renewal:" + renewal, "renewal on " + renewal, clock.instant(), null, renewal)))
                    .map(n -> count + n));
        }
        return fired;
    }

    private static boolean serves(Rule rule) {
        return rule.definition().trigger().kind() == TriggerKind.RENEWAL_APPROACHING;
    }
}
