package dev.tandem.cta.rule.messaging;

import dev.tandem.cta.account.repository.ScoreProjection;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.service.Notifier;
import dev.tandem.cta.plan.service.PlanReadings;
import dev.tandem.cta.rule.domain.Observation.PqlObserved;
import dev.tandem.cta.rule.domain.Observation.ScoreObserved;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.service.RuleRunner;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Records health and PQL scores from health.events and runs the score rules: band entered, score dropped within a
 * window (from the history recorded here), PQL threshold crossed. A score's metrics move success plan objectives.
 */
@ApplicationScoped
public class HealthEventsConsumer {

    private static final String CONSUMER = "cta-health-events";

    /** The longest score-drop window a rule may look back over. */
    static final Duration HISTORY = Duration.ofDays(365);

    private final Inbox inbox;
    private final ScoreProjection scores;
    private final RuleRunner rules;
    private final PlanReadings plans;
    private final Notifier notifier;

    public HealthEventsConsumer(
            Inbox inbox, ScoreProjection scores, RuleRunner rules, PlanReadings plans, Notifier notifier) {
        this.notifier = notifier;
        this.inbox = inbox;
        this.scores = scores;
        this.rules = rules;
        this.plans = plans;
    }

    @Incoming("health-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        String key = event.id().toString();
        if (event.data() instanceof ScoreChanged s) {
            Instant at = s.computedAt() == null ? Instant.now() : s.computedAt();
            return scores.history(s.accountId(), at.minus(HISTORY), at)
                    .chain(history -> scores.recordScore(s.accountId(), s.score(), name(s.band()), at)
                            .chain(() -> plans.healthMeasured(s.accountId(), s.measures(), at))
                            .chain(() -> rules.observe(
                                    s.accountId(),
                                    new ScoreObserved(
                                            s.previousScore(),
                                            s.score(),
                                            s.previousBand(),
                                            s.band(),
                                            at,
                                            history,
                                            withData(s)),
                                    new TriggerContext(
                                            key,
                                            "health score %s -> %s (%s)"
                                                    .formatted(s.previousScore(), s.score(), s.band()),
                                            at,
                                            null)))
                            .chain(() -> turnedRed(s)
                                    ? notifier.toCsmOf(
                                            s.accountId(),
                                            NotificationKind.ACCOUNT_RED,
                                            key,
                                            "Account turned Red",
                                            List.of("Health score %s -> %s (was %s)"
                                                    .formatted(s.previousScore(), s.score(), s.previousBand())))
                                    : Uni.createFrom().voidItem()));
        }
        if (event.data() instanceof PqlChanged p) {
            Instant at = p.computedAt() == null ? Instant.now() : p.computedAt();
            return scores.recordPql(p.accountId(), p.score(), at)
                    .chain(() -> rules.observe(
                            p.accountId(),
                            new PqlObserved(p.previousScore(), p.score()),
                            new TriggerContext(
                                    key, "PQL score %s -> %d".formatted(p.previousScore(), p.score()), at, null)));
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * health-service announces no data as a null score and band (N/A); a score whose every dimension lacks data is
     * read the same way, whatever number it carries, so no rule takes "nothing received yet" for a Red account.
     */
    static boolean withData(ScoreChanged s) {
        return s.score() != null
                && (s.dimensions().isEmpty() || s.dimensions().stream().anyMatch(d -> d.score() != null));
    }

    /** Entered Red from another band or from no score; a Red score rescored Red is no news. */
    static boolean turnedRed(ScoreChanged s) {
        return withData(s) && s.band() == HealthBand.RED && s.previousBand() != HealthBand.RED;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
