package dev.tandem.cta.rule.messaging;

import dev.tandem.cta.rule.service.SignalRules;
import dev.tandem.cta.rule.service.SignalRules.Received;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.signal.Signal;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Runs the signal rules on signals.raw (an urgent ticket, an NPS detractor, a cancelled add-on) a poll at a time: the
 * ids of the poll's new signals recorded in one statement, their effects ({@link SignalRules}) applied in the poll's
 * order, all in one transaction, so a redelivered poll changes nothing. One account's signals are on one partition, in
 * order, and stay so in the poll. A transaction per signal kept a backfill at about 250 signals a second.
 *
 * <p>A record that is not a valid signal goes to {@code signals.raw.dlq} on its own and the rest of the poll goes on.
 * A poll that keeps failing after retries with back-off is applied again one signal per transaction, so that only the
 * signal that cannot be applied is parked on the dead-letter topic.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final Logger LOG = Logger.getLogger(SignalsConsumer.class);
    private static final String CONSUMER = "cta-signals";

    /** A signal read from its record, which is kept to park it on the dead-letter topic as it came. */
    private record Read(KafkaRecord<String, String> record, Received signal) {

        String id() {
            return signal.eventId();
        }
    }

    private final IncomingEvents incoming;
    private final ProcessedEvents processed;
    private final SignalRules effects;
    private final InboxConfig config;
    private final MutinyEmitter<String> deadLetters;

    public SignalsConsumer(
            IncomingEvents incoming,
            ProcessedEvents processed,
            SignalRules effects,
            InboxConfig config,
            @Channel("signals-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4_096)
                    MutinyEmitter<String> deadLetters) {
        this.incoming = incoming;
        this.processed = processed;
        this.effects = effects;
        this.config = config;
        this.deadLetters = deadLetters;
    }

    @Incoming("signals-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Read> signals = new ArrayList<>();
        Uni<Void> rejected = Uni.createFrom().voidItem();
        for (KafkaRecord<String, String> record : batch) {
            try {
                signals.add(new Read(record, read(record)));
            } catch (MalformedEventException e) {
                rejected = rejected.chain(() -> deadLetter(record, e));
            }
        }
        return rejected.chain(() -> applyAll(signals)
                        // A database hiccup (or a deadlock with another consumer's firings): retry the poll; the ids
                        // recorded with the effects keep it from applying anything twice.
                        .onFailure()
                        .retry()
                        .withBackOff(config.initialBackOff(), config.maxBackOff())
                        .atMost(config.maxRetries())
                        .onFailure()
                        .recoverWithUni(failure -> {
                            LOG.warnf(
                                    failure,
                                    "A poll of %d signals keeps failing; applying them one at a time",
                                    signals.size());
                            return applyOneByOne(signals);
                        }))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()))
                // The dead-letter topic itself refused: park the whole poll rather than stop the partitions.
                .onFailure()
                .recoverWithUni(failure -> Uni.createFrom().completionStage(batch.nack(failure)));
    }

    private Received read(KafkaRecord<String, String> record) {
        EventEnvelope<TandemEvent> event = incoming.read(record);
        if (!(event.data() instanceof Signal signal)) {
            throw new MalformedEventException("Not a signal: " + event.type());
        }
        return new Received(event.id().toString(), signal);
    }

    private Uni<Void> applyAll(List<Read> signals) {
        if (signals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> processed
                .recordFirstTimes(CONSUMER, signals.stream().map(Read::id).toList())
                .chain(firstTimes -> {
                    List<Received> toApply = new ArrayList<>();
                    Set<String> taken = new HashSet<>();
                    for (Read read : signals) {
                        // Also drops a second copy within the same poll, as a redelivery would be.
                        if (firstTimes.contains(read.id()) && taken.add(read.id())) {
                            toApply.add(read.signal());
                        }
                    }
                    return effects.apply(toApply);
                }));
    }

    /**
     * Each signal in a transaction of its own, retried like the poll, and a signal that still fails parked on the
     * dead-letter topic alone; the poll's order is kept.
     */
    private Uni<Void> applyOneByOne(List<Read> signals) {
        return Multi.createFrom()
                .iterable(signals)
                .onItem()
                .transformToUniAndConcatenate(read -> processed
                        .applyOnce(CONSUMER, read.id(), () -> effects.apply(List.of(read.signal())))
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
        LOG.warnf("A record on signals.raw cannot be applied and goes to signals.raw.dlq: %s", reason.getMessage());
        return deadLetters.sendMessage(DeadLetter.of(record, reason));
    }
}
