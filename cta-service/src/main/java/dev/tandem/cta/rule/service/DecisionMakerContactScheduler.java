package dev.tandem.cta.rule.service;

import dev.tandem.cta.rule.domain.TriggerKind;
import dev.tandem.cta.timeline.repository.DecisionMakerContacts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Falling out of touch with a decision maker is the absence of touchpoints, so no event announces it: each run looks for
 * the accounts whose last touchpoint with one is older than the shortest period of the enabled rules, and runs those
 * rules on them, one transaction per account. Repeated runs, on any number of replicas, fire a rule once per account
 * and stretch out of touch (the firing is keyed by the last contact).
 */
@ApplicationScoped
public class DecisionMakerContactScheduler {

    private final RuleCatalog catalog;
    private final DecisionMakerContactRules rules;
    private final DecisionMakerContacts contacts;
    private final Clock clock;

    public DecisionMakerContactScheduler(
            RuleCatalog catalog, DecisionMakerContactRules rules, DecisionMakerContacts contacts, Clock clock) {
        this.catalog = catalog;
        this.rules = rules;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Scheduled(
            identity = "decision-maker-contact-scheduler",
            every = "${tandem.cta.rules.schedule-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** @return how many rules fired */
    public Uni<Integer> run() {
        return Panache.withSession(() -> catalog.enabled()).chain(enabled -> {
            int shortest = enabled.stream()
                    .map(rule -> rule.definition().trigger())
                    .filter(trigger -> trigger.kind() == TriggerKind.NO_DECISION_MAKER_CONTACT)
                    .mapToInt(trigger -> trigger.days())
                    .min()
                    .orElse(-1);
            if (shortest < 0) {
                return Uni.createFrom().item(0);
            }
            Instant before = clock.instant().minus(Duration.ofDays(shortest));
            return Panache.withSession(() -> contacts.lastBefore(before)).chain(this::observeAll);
        });
    }

    private Uni<Integer> observeAll(Map<UUID, Instant> lastContacts) {
        Uni<Integer> fired = Uni.createFrom().item(0);
        for (var entry : lastContacts.entrySet()) {
            fired = fired.chain(count -> Panache.withTransaction(() -> rules.observe(entry.getKey(), entry.getValue()))
                    .map(n -> count + n));
        }
        return fired;
    }
}
