package dev.tandem.health.account.messaging;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.health.account.service.AccountEventEffects;
import dev.tandem.health.change.AccountChanges;
import dev.tandem.platform.inbox.BatchChannel;
import dev.tandem.platform.inbox.BatchInbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Keeps health-service's projection of accounts and contracts in step with account.events, a poll at a time through
 * the {@link BatchInbox}: the poll's events applied in their order (one account's events are on one partition, in
 * order, and stay so in the poll), the ids of those applied recorded and the accounts whose score they may change
 * recorded for rescoring, all in one transaction, so a redelivered poll changes nothing. One transaction per event kept
 * a bulk import of accounts at about 50 events a second.
 *
 * <p>A record that is not a valid event goes to {@code account.events.dlq} on its own and the rest of the poll goes on.
 * A poll that keeps failing after retries with back-off is applied again one event per transaction, so that only the
 * event that cannot be applied is parked on the dead-letter topic.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    private static final String CONSUMER = "health-account-projection";

    private final BatchInbox inbox;
    private final BatchChannel<TandemEvent> events;
    private final AccountEventEffects effects;
    private final AccountChanges changes;
    private final Clock clock;

    public AccountEventsConsumer(
            BatchInbox inbox,
            AccountEventEffects effects,
            AccountChanges changes,
            Clock clock,
            @Channel("account-events-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1_024)
                    MutinyEmitter<String> deadLetters) {
        this.inbox = inbox;
        this.events = BatchChannel.of(CONSUMER, TandemEvent.class, deadLetters);
        this.effects = effects;
        this.changes = changes;
        this.clock = clock;
    }

    @Incoming("account-events-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(events, batch, this::applyInOrder);
    }

    /**
     * The effect: the poll's events not applied before, one after another, in the poll's order (a reactive session
     * runs one statement at a time, and order matters), then the accounts they may rescore recorded.
     */
    private Uni<Void> applyInOrder(List<EventEnvelope<TandemEvent>> events) {
        Set<UUID> toRescore = new LinkedHashSet<>();
        return effects.prepare(events.stream().map(EventEnvelope::data).toList())
                .onItem()
                .transformToMulti(ignored -> Multi.createFrom().iterable(events))
                .onItem()
                .transformToUniAndConcatenate(event -> {
                    UUID account = AccountEventEffects.accountToRescore(event.data());
                    if (account != null) {
                        toRescore.add(account);
                    }
                    return effects.project(event.data()).replaceWithVoid();
                })
                .collect()
                .last()
                // Recorded after the projection has the poll's state, so the account is found by its external id.
                .chain(() -> changes.recordByAccountIds(toRescore, clock.instant()));
    }
}
