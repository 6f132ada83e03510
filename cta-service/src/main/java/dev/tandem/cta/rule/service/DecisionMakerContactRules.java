package dev.tandem.cta.rule.service;

import dev.tandem.cta.rule.domain.Observation.DecisionMakerContactObserved;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.domain.TriggerKind;
import dev.tandem.cta.timeline.repository.DecisionMakerContacts;
import dev.tandem.cta.timeline.service.TouchpointListener;
import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Runs the "no touchpoint with a decision maker for N days" rules on an account's latest such touchpoint: after every
 * change to its touchpoints (a contact recorded clears the condition, a deleted one may bring it back), and for the
 * scheduler, as days pass. The firing record keyed by the last contact makes a rule fire once per stretch out of touch.
 */
@ApplicationScoped
@Unremovable
public class DecisionMakerContactRules implements TouchpointListener {

    private final RuleRunner runner;
    private final DecisionMakerContacts contacts;
    private final Clock clock;

    public DecisionMakerContactRules(RuleRunner runner, DecisionMakerContacts contacts, Clock clock) {
        this.runner = runner;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Uni<Void> touchpointsChanged(UUID accountId) {
        return runner.watches(TriggerKind.NO_DECISION_MAKER_CONTACT)
                .chain(watched -> watched
                        ? contacts.last(accountId).chain(last -> observe(accountId, last))
                        : Uni.createFrom().item(0))
                .replaceWithVoid();
    }

    /**
     * @param last when the account last had a touchpoint with a decision maker; null when never
     * @return how many rules fired
     */
    public Uni<Integer> observe(UUID accountId, Instant last) {
        Instant now = clock.instant();
        return runner.observe(accountId, new DecisionMakerContactObserved(last, now), context(last, now));
    }

    private static TriggerContext context(Instant last, Instant now) {
        return last == null
                ? new TriggerContext(
                        "decision-maker-contact:never", "no touchpoint with a decision maker on record", now, null)
                : new TriggerContext(
                        "decision-maker-contact:" + last,
                        "last touchpoint with a decision maker on "
                                + last.atZone(ZoneOffset.UTC).toLocalDate(),
                        now,
                        null);
    }
}
