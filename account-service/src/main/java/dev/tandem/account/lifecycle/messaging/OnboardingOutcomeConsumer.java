package dev.tandem.account.lifecycle.messaging;

import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.lifecycle.service.AccountStanding;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.content.OnboardingFailed;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Ends an account's onboarding stage when content-service says its onboarding program ended: succeeded, or failed
 * and proceeding (the follow-up then assumes failure). Extensions keep the account onboarding; other content events
 * do not concern the lifecycle.
 */
@ApplicationScoped
public class OnboardingOutcomeConsumer {

    private static final String CONSUMER = "account-lifecycle";

    private final Inbox inbox;
    private final AccountRepository accounts;
    private final AccountStanding standing;

    public OnboardingOutcomeConsumer(Inbox inbox, AccountRepository accounts, AccountStanding standing) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.standing = standing;
    }

    @Incoming("content-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        if (event.data() instanceof OnboardingSucceeded succeeded) {
            return end(succeeded.accountId(), "onboarding succeeded on " + succeeded.succeededOn());
        }
        if (event.data() instanceof OnboardingFailed failed) {
            return end(
                    failed.accountId(),
                    "onboarding failed on %s (%d of %d milestones); proceeding"
                            .formatted(failed.failedOn(), failed.milestonesReached(), failed.milestonesTotal()));
        }
        return Uni.createFrom().voidItem();
    }

    /** An account this service does not know (erased, say) has no lifecycle to move. */
    private Uni<?> end(UUID accountId, String outcome) {
        return accounts.findById(accountId)
                .chain(account ->
                        account == null ? Uni.createFrom().voidItem() : standing.onboardingEnded(account, outcome));
    }
}
