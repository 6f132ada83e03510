package dev.tandem.cta.rule.messaging;

import dev.tandem.cta.rule.domain.Observation.OnboardingObserved;
import dev.tandem.cta.rule.domain.Observation.OnboardingOutcome;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.service.RuleRunner;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingFailed;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Runs the onboarding rules when content-service says an onboarding period failed or was extended. */
@ApplicationScoped
public class ContentEventsConsumer {

    private static final String CONSUMER = "cta-content-events";

    private final Inbox inbox;
    private final RuleRunner rules;

    public ContentEventsConsumer(Inbox inbox, RuleRunner rules) {
        this.inbox = inbox;
        this.rules = rules;
    }

    @Incoming("content-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        String key = event.id().toString();
        if (event.data() instanceof OnboardingFailed f) {
            Instant at = f.failedOn() == null
                    ? Instant.now()
                    : f.failedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
            return rules.observe(
                    f.accountId(),
                    new OnboardingObserved(OnboardingOutcome.FAILED),
                    new TriggerContext(
                            key,
                            "onboarding failed (%d of %d milestones)"
                                    .formatted(f.milestonesReached(), f.milestonesTotal()),
                            at,
                            null));
        }
        if (event.data() instanceof OnboardingExtended x) {
            return rules.observe(
                    x.accountId(),
                    new OnboardingObserved(OnboardingOutcome.EXTENDED),
                    new TriggerContext(key, "onboarding extended to " + x.newDueOn(), Instant.now(), null));
        }
        return Uni.createFrom().voidItem();
    }
}
