package dev.tandem.content.signal.messaging;

import dev.tandem.content.account.repository.AccountProjection;
import dev.tandem.content.enrollment.service.ProgressTracker;
import dev.tandem.content.milestone.repository.UsageFactTally;
import dev.tandem.content.signal.domain.SignalReading;
import dev.tandem.content.view.repository.ContentViews;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.content.ContentViewed;
import dev.tandem.events.signal.Signal;
import dev.tandem.platform.inbox.DeadLetter;
import dev.tandem.platform.inbox.IncomingEvents;
import dev.tandem.platform.inbox.MalformedEventException;
import dev.tandem.platform.inbox.ProcessedEvents;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Reads {@code signals.raw} a poll at a time, in this service's own consumer group: content views are counted and
 * announced, usage that milestones are conditions on is added to the accounts' facts, and the open enrollments of the
 * accounts concerned move forward. All in one transaction with the record of which signals were applied, so a
 * redelivered or resent signal (same account and eventId) changes nothing. A record that is not a valid signal goes
 * to {@code signals.raw.dlq} on its own and the rest of the poll goes on.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final Logger LOG = Logger.getLogger(SignalsConsumer.class);
    private static final String CONSUMER = "content-signals";

    private final IncomingEvents incoming;
    private final ProcessedEvents processed;
    private final ContentViews views;
    private final UsageFactTally facts;
    private final AccountProjection accounts;
    private final ProgressTracker progress;
    private final Outbox outbox;
    private final Clock clock;
    private final MutinyEmitter<String> deadLetters;

    public SignalsConsumer(
            IncomingEvents incoming,
            ProcessedEvents processed,
            ContentViews views,
            UsageFactTally facts,
            AccountProjection accounts,
            ProgressTracker progress,
            Outbox outbox,
            Clock clock,
            @Channel("signals-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4_096)
                    MutinyEmitter<String> deadLetters) {
        this.incoming = incoming;
        this.processed = processed;
        this.views = views;
        this.facts = facts;
        this.accounts = accounts;
        this.progress = progress;
        this.outbox = outbox;
        this.clock = clock;
        this.deadLetters = deadLetters;
    }

    @Incoming("signals-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Signal> signals = new ArrayList<>();
        List<Uni<Void>> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch) {
            try {
                EventEnvelope<TandemEvent> event = incoming.read(record);
                if (!(event.data() instanceof Signal signal)) {
                    throw new MalformedEventException("Not a signal: " + event.type());
                }
                signals.add(signal);
            } catch (MalformedEventException e) {
                rejected.add(deadLetter(record, e));
            }
        }
        return Uni.join()
                .all(rejected.isEmpty() ? List.of(Uni.createFrom().voidItem()) : rejected)
                .andFailFast()
                .chain(() -> apply(signals))
                // A database hiccup: retry the poll; the keys recorded with the effects keep it from counting twice.
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(10)
                .chain(() -> Uni.createFrom().completionStage(batch.ack()))
                // Still failing: park the whole poll on the dead-letter topic rather than stop the partition.
                .onFailure()
                .recoverWithUni(failure -> Uni.createFrom().completionStage(batch.nack(failure)));
    }

    private Uni<Void> apply(List<Signal> signals) {
        if (signals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Also drops a second copy within the same poll.
        Map<String, Signal> byKey = new LinkedHashMap<>();
        signals.forEach(signal -> byKey.putIfAbsent(SignalReading.dedupKey(signal), signal));
        Instant now = clock.instant();
        return Panache.withTransaction(() -> processed
                .recordFirstTimes(CONSUMER, byKey.keySet())
                .chain(firstTimes -> {
                    List<Signal> fresh = byKey.entrySet().stream()
                            .filter(entry -> firstTimes.contains(entry.getKey()))
                            .map(Map.Entry::getValue)
                            .toList();
                    List<UsageFactTally.Addition> additions = new ArrayList<>();
                    Set<String> touched = new LinkedHashSet<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Signal signal : fresh) {
                        SignalReading.fact(signal, now).ifPresent(fact -> {
                            additions.add(new UsageFactTally.Addition(signal.accountId(), fact));
                            touched.add(signal.accountId());
                        });
                        var view = SignalReading.view(signal, now);
                        if (view.isPresent()) {
                            chain = chain.chain(() -> countView(signal.accountId(), view.get()));
                        }
                    }
                    return chain.chain(() -> facts.add(additions))
                            .chain(() -> progress.factsArrived(new HashSet<>(touched)));
                }));
    }

    /** Counts a view and, for an account Tandem knows, announces it with Tandem's ids. */
    private Uni<Void> countView(String account, SignalReading.View view) {
        return views.count(view.contentId(), account, view.user(), view.completed(), view.at())
                .chain(counted -> !counted
                        ? Uni.createFrom().voidItem()
                        : accounts.accountByExternalId(account)
                                .chain(known -> known == null
                                        ? Uni.createFrom().voidItem()
                                        : (view.user() == null
                                                        ? Uni.createFrom().<java.util.UUID>nullItem()
                                                        : accounts.user(known.accountId, view.user())
                                                                .map(user -> user == null ? null : user.userId))
                                                .chain(userId -> outbox.append(new ContentViewed(
                                                        view.contentId(),
                                                        known.accountId,
                                                        userId,
                                                        view.at(),
                                                        view.completed())))
                                                .replaceWithVoid()));
    }

    private Uni<Void> deadLetter(KafkaRecord<String, String> record, MalformedEventException reason) {
        LOG.warnf("A record on signals.raw is not a valid signal and goes to signals.raw.dlq: %s", reason.getMessage());
        return deadLetters.sendMessage(DeadLetter.of(record, reason));
    }
}
