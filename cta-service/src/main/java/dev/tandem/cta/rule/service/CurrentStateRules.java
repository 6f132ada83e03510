package dev.tandem.cta.rule.service;

import dev.tandem.cta.rule.domain.Observation.BandHeld;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.domain.TriggerKind;
import dev.tandem.events.health.HealthBand;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rule that opts in ("apply to accounts already Red") acts, when saved or switched on, on the accounts already in
 * its band, not only on those entering it afterwards. The firing key names the state, so each account gets this once
 * per rule however often the rule is saved; re-entry limits, snoozes and scope apply as to any firing.
 */
@ApplicationScoped
public class CurrentStateRules {

    private static final String IN_BAND = "SELECT account_id FROM score_ref WHERE band = :band ORDER BY account_id";

    private final RuleRunner runner;
    private final Clock clock;

    public CurrentStateRules(RuleRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * Runs {@code rule} on every account now in its band, one transaction per account so that one failure does not
     * undo the others; nothing for a rule that is off or did not opt in.
     *
     * @return how many accounts it fired for
     */
    public Uni<Integer> apply(Rule rule) {
        var definition = rule.definition();
        if (!definition.enabled()
                || !definition.applyToCurrentState()
                || definition.trigger().kind() != TriggerKind.BAND_ENTERED) {
            return Uni.createFrom().item(0);
        }
        HealthBand band = definition.trigger().band();
        return Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(IN_BAND, UUID.class)
                                .setParameter("band", band.name())
                                .getResultList()))
                .chain(accounts -> fireAll(rule, band, accounts));
    }

    private Uni<Integer> fireAll(Rule rule, HealthBand band, List<UUID> accounts) {
        Instant now = clock.instant();
        TriggerContext trigger = new TriggerContext(
                "state:" + band, "in " + band + " when the rule \"" + rule.name() + "\" was switched on", now, null);
        Uni<Integer> fired = Uni.createFrom().item(0);
        for (UUID account : accounts) {
            fired = fired.chain(
                    count -> Panache.withTransaction(() -> runner.observe(rule, account, new BandHeld(band), trigger))
                            .map(n -> count + n));
        }
        return fired;
    }
}
