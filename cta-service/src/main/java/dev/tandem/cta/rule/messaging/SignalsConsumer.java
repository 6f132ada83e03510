package dev.tandem.cta.rule.messaging;

import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.account.repository.ActivityProjection;
import dev.tandem.cta.rule.domain.Observation.SignalObserved;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.domain.TriggerKind;
import dev.tandem.cta.rule.service.RuleRunner;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.signal.Signal;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Runs the signal rules on signals.raw (an urgent ticket, an NPS detractor, a cancelled add-on) and records which users
 * were active in which week, for the week-over-week drop. Signals name accounts and users by the vendor's ids; one for
 * an account this service has not heard of yet is skipped.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final String CONSUMER = "cta-signals";

    private final Inbox inbox;
    private final AccountFactsReader accounts;
    private final ActivityProjection activity;
    private final RuleRunner rules;

    public SignalsConsumer(Inbox inbox, AccountFactsReader accounts, ActivityProjection activity, RuleRunner rules) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.activity = activity;
        this.rules = rules;
    }

    @Incoming("signals-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        if (!(event.data() instanceof Signal signal)) {
            return Uni.createFrom().voidItem();
        }
        Instant at = signal.occurredAt() == null ? Instant.now() : signal.occurredAt();
        return accounts.idOf(signal.accountId()).chain(accountId -> {
            if (accountId == null) {
                return Uni.createFrom().voidItem();
            }
            Uni<Integer> active = signal.userId() == null
                    ? Uni.createFrom().item(0)
                    : activity.record(accountId, signal.userId(), at);
            return active.chain(() -> rules.watches(TriggerKind.SIGNAL_MATCHED))
                    .chain(watched -> watched
                            ? match(event, signal, accountId, at)
                            : Uni.createFrom().voidItem());
        });
    }

    private Uni<?> match(EventEnvelope<TandemEvent> event, Signal signal, UUID accountId, Instant at) {
        return accounts.userIdOf(accountId, signal.userId())
                .chain(userId -> rules.observe(
                        accountId,
                        new SignalObserved(signal.type(), signal.name(), signal.value(), signal.properties()),
                        new TriggerContext(event.id().toString(), summary(signal), at, userId)));
    }

    private static String summary(Signal signal) {
        StringBuilder summary = new StringBuilder(signal.type());
        if (signal.name() != null) {
            summary.append(' ').append(signal.name());
        }
        if (signal.value() != null) {
            summary.append(' ').append(signal.value());
        }
        return summary.toString();
    }
}
