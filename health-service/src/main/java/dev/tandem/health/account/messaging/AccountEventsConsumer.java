package dev.tandem.health.account.messaging;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.health.account.service.AccountEventEffects;
import dev.tandem.health.change.AccountChanges;
import dev.tandem.platform.inbox.DeadLetter;
import dev.tandem.platform.inbox.InboxConfig;
import dev.tandem.platform.inbox.IncomingEvents;
import dev.tandem.platform.inbox.MalformedEventException;
import dev.tandem.platform.inbox.ProcessedEvents;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Keeps health-service's projection of accounts and contracts in step with account.events, a poll at a time: the poll's
 * events applied in their order (one account's events are on one partition, in order, and stay so in the poll), the
 * ids of those applied recorded and the accounts whose score they may change recorded for rescoring, all in one
 * transaction, so a redelivered poll changes nothing. One transaction per event kept a bulk import of accounts at about
 * 50 events a second.
 *
 * <p>A record that is not a valid event goes to {@code account.events.dlq} on its own and the rest of the poll goes on.
 * A poll that keeps failing after retries with back-off is applied again one event per transaction, so that only the
 * event that cannot be applied is parked on the dead-letter topic.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    private static final Logger LOG = Logger.getLogger(AccountEventsConsumer.class);
    private static final String CONSUMER = "health-account-projection";

    /** An event read from its record, which is kept to park it on the dead-letter topic as it came. */
    private record Read(KafkaRecord<String, String> record, EventEnvelope<TandemEvent> event) {

        String id() {
            return event.id().toString();
        }
    }

    private final IncomingEvents incoming;
    private final ProcessedEvents processed;
    private final AccountEventEffects effects;
    private final AccountChanges changes;
    private final InboxConfig config;
    private final Clock clock;
    private final MutinyEmitter<String> deadLetters;

    public AccountEventsConsumer(
            IncomingEvents incoming,
            ProcessedEvents processed,
            AccountEventEffects effects,
            AccountChanges changes,
            InboxConfig config,
            Clock clock,
            @Channel("account-events-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1_024)
                    MutinyEmitter<String> deadLetters) {
        this.incoming = incoming;
        this.processed = processed;
        this.effects = effects;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
        this.deadLetters = deadLetters;
    }

    @Incoming("account-events-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Read> events = new ArrayList<>();
        Uni<Void> rejected = Uni.createFrom().voidItem();
        for (KafkaRecord<String, String> record : batch) {
            try {
                events.add(new Read(record, incoming.read(record)));
            } catch (MalformedEventException e) {
                rejected = rejected.chain(() -> deadLetter(record, e));
            }
        }
        return rejected.chain(() -> applyAll(events)
                        // A database hiccup: retry the poll; the ids recorded with the effects keep it from applying
                        // anything twice.
                        .onFailure()
                        .retry()
                        .withBackOff(config.initialBackOff(), config.maxBackOff())
                        .atMost(config.maxRetries())
                        .onFailure()
                        .recoverWithUni(failure -> {
                            LOG.warnf(
                                    failure,
                                    "A poll of %d account events keeps failing; applying them one at a time",
                                    events.size());
                            return applyOneByOne(events);
                        }))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()))
                // The dead-letter topic itself refused: park the whole poll rather than stop the partition.
                .onFailure()
                .recoverWithUni(failure -> Uni.createFrom().completionStage(batch.nack(failure)));
    }

    private Uni<Void> applyAll(List<Read> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> processed
                .recordFirstTimes(CONSUMER, events.stream().map(Read::id).toList())
                .chain(firstTimes -> {
                    List<Read> toApply = new ArrayList<>();
                    Set<String> taken = new HashSet<>();
                    for (Read read : events) {
                        // Also drops a second copy within the same poll.
                        if (firstTimes.contains(read.id()) && taken.add(read.id())) {
                            toApply.add(read);
                        }
                    }
                    return applyInOrder(toApply);
                }));
    }

    /** One after another, in the poll's order: a reactive session runs one statement at a time, and order matters. */
    private Uni<Void> applyInOrder(List<Read> events) {
        Set<UUID> toRescore = new LinkedHashSet<>();
        return effects.prepare(events.stream().map(read -> read.event().data()).toList())
                .onItem()
                .transformToMulti(ignored -> Multi.createFrom().iterable(events))
                .onItem()
                .transformToUniAndConcatenate(read -> {
                    UUID account =
                            AccountEventEffects.accountToRescore(read.event().data());
                    if (account != null) {
                        toRescore.add(account);
                    }
                    return effects.project(read.event().data()).replaceWithVoid();
                })
                .collect()
                .last()
                // Recorded after the projection has the poll's state, so the account is found by its external id.
                .chain(() -> changes.recordByAccountIds(toRescore, clock.instant()));
    }

    /**
     * Each event in a transaction of its own, retried like the poll, and an event that still fails parked on the
     * dead-letter topic alone; the poll's order is kept.
     */
    private Uni<Void> applyOneByOne(List<Read> events) {
        return Multi.createFrom()
                .iterable(events)
                .onItem()
                .transformToUniAndConcatenate(read -> processed
                        .applyOnce(CONSUMER, read.id(), () -> applyInOrder(List.of(read)))
                        .replaceWithVoid()
                        .onFailure()
                        .retry()
                        .withBackOff(config.initialBackOff(), config.maxBackOff())
                        .atMost(config.maxRetries())
                        .onFailure()
                        .recoverWithUni(failure -> deadLetter(read.record(), failure)))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> deadLetter(KafkaRecord<String, String> record, Throwable reason) {
        LOG.warnf(
                "A record on account.events cannot be applied and goes to account.events.dlq: %s", reason.getMessage());
        return deadLetters.sendMessage(DeadLetter.of(record, reason));
    }
}
