package dev.tandem.cta.rule.service;

import dev.tandem.cta.plan.service.ObjectiveChange;
import dev.tandem.cta.plan.service.ObjectiveStatusListener;
import dev.tandem.cta.rule.domain.Observation.ObjectiveObserved;
import dev.tandem.cta.rule.domain.TriggerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * Runs the "objective at risk" rules on success plan objectives' status changes, inside the transaction that changed
 * them; the change is also what tells the condition holding or cleared, so the CTA resolves once no objective of the
 * account is behind. Each change is a trigger of its own: an objective falling behind again fires again.
 */
@ApplicationScoped
public class ObjectiveRules implements ObjectiveStatusListener {

    private final RuleRunner runner;

    public ObjectiveRules(RuleRunner runner) {
        this.runner = runner;
    }

    @Override
    public Uni<Void> statusChanged(ObjectiveChange change) {
        return runner.observe(
                        change.accountId(),
                        new ObjectiveObserved(change.previous(), change.status(), change.accountBehind()),
                        new TriggerContext(
                                "objective:%s:%s:%s".formatted(change.objectiveId(), change.status(), change.at()),
                                summary(change),
                                change.at(),
                                null))
                .replaceWithVoid();
    }

    private static String summary(ObjectiveChange change) {
        String progress = change.progress() == null
                ? "no value yet"
                : change.progress()
                                .multiply(BigDecimal.valueOf(100))
                                .stripTrailingZeros()
                                .toPlainString() + " % of the way";
        String previous = change.previous() == null ? "new" : change.previous().name();
        return "objective \"%s\" %s -> %s (%s)".formatted(change.title(), previous, change.status(), progress);
    }
}
