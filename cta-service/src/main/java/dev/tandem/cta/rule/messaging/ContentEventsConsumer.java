package dev.tandem.cta.rule.messaging;

import dev.tandem.cta.account.repository.EnrollmentProjection;
import dev.tandem.cta.rule.domain.Observation.OnboardingObserved;
import dev.tandem.cta.rule.domain.Observation.OnboardingOutcome;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.service.RuleRunner;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.content.Enrolled;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingFailed;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Follows onboarding enrollments from content.events (for the overdue scheduler) and runs the onboarding rules when an
 * onboarding period failed or was extended.
 */
@ApplicationScoped
public class ContentEventsConsumer {

    private static final String CONSUMER = "cta-content-events";

    private final Inbox inbox;
    private final EnrollmentProjection enrollments;
    private final RuleRunner rules;

    public ContentEventsConsumer(Inbox inbox, EnrollmentProjection enrollments, RuleRunner rules) {
        this.inbox = inbox;
        this.enrollments = enrollments;
        this.rules = rules;
    }

    @Incoming("content-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        String key = event.id().toString();
        if (event.data() instanceof Enrolled e) {
            return enrollments.enrolled(e.enrollmentId(), e.accountId(), e.dueOn());
        }
        if (event.data() instanceof OnboardingSucceeded s) {
            return enrollments
                    .ended(s.enrollmentId(), s.accountId())
                    .chain(() -> rules.observe(
                            s.accountId(),
                            new OnboardingObserved(OnboardingOutcome.SUCCEEDED),
                            new TriggerContext(
                                    key,
                                    "onboarding succeeded in %d days".formatted(s.daysTaken()),
                                    recordedAt(event),
                                    null)));
        }
        if (event.data() instanceof OnboardingFailed f) {
            Instant at = recordedAt(event);
            return enrollments
                    .ended(f.enrollmentId(), f.accountId())
                    .chain(() -> rules.observe(
                            f.accountId(),
                            new OnboardingObserved(OnboardingOutcome.FAILED),
                            new TriggerContext(
                                    key,
                                    "onboarding failed (%d of %d milestones)"
                                            .formatted(f.milestonesReached(), f.milestonesTotal()),
                                    at,
                                    null)));
        }
        if (event.data() instanceof OnboardingExtended x) {
            return enrollments
                    .extended(x.enrollmentId(), x.accountId(), x.newDueOn())
                    .chain(() -> rules.observe(
                            x.accountId(),
                            new OnboardingObserved(OnboardingOutcome.EXTENDED),
                            new TriggerContext(
                                    key, "onboarding extended to " + x.newDueOn(), recordedAt(event), null)));
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * When an onboarding outcome happened as far as rules go: the moment content-service recorded it (or, lacking that,
     * now). The events carry only a day, and a rule saved earlier that day must still act on them.
     */
    private static Instant recordedAt(EventEnvelope<TandemEvent> event) {
        return event.time() != null ? event.time() : Instant.now();
    }
}
