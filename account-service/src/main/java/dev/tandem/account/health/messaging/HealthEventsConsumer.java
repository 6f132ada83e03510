package dev.tandem.account.health.messaging;

import dev.tandem.account.health.domain.HealthReading;
import dev.tandem.account.health.repository.AccountHealthRepository;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.platform.inbox.Inbox;
import dev.tandem.platform.inbox.MalformedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps each account's current health score and band from health-service's score changes, for account lists to
 * filter and sort on. PQL changes are not the health and are skipped.
 *
 * <p>A reading older than the stored one changes nothing, so redeliveries and events that overtook each other leave
 * the latest score in place. A reading for an account this service does not know yet is kept all the same: health-
 * service announces scores only for accounts account-service announced, so the account is on its way (or this
 * database was restored from an older backup), and the score would not come again until it moves, which may take days.
 */
@ApplicationScoped
public class HealthEventsConsumer {

    private static final String CONSUMER = "account-health";

    private final Inbox inbox;
    private final AccountHealthRepository health;

    public HealthEventsConsumer(Inbox inbox, AccountHealthRepository health) {
        this.inbox = inbox;
        this.health = health;
    }

    @Incoming("health-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        if (event.data() instanceof ScoreChanged change) {
            return health.record(reading(event, change));
        }
        return Uni.createFrom().voidItem();
    }

    private static HealthReading reading(EventEnvelope<TandemEvent> event, ScoreChanged change) {
        try {
            return HealthReading.of(change, event.time());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Score change " + event.id() + " breaks its contract: " + e.getMessage());
        }
    }
}
