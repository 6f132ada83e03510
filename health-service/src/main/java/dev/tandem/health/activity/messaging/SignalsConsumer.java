package dev.tandem.health.activity.messaging;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.signal.Signal;
import dev.tandem.health.activity.domain.ActivityBatch;
import dev.tandem.health.activity.domain.DayKey;
import dev.tandem.health.activity.repository.ActivityWriter;
import dev.tandem.health.change.AccountChanges;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.pql.service.ChangedUsers;
import dev.tandem.platform.inbox.DeadLetter;
import dev.tandem.platform.inbox.IncomingEvents;
import dev.tandem.platform.inbox.MalformedEventException;
import dev.tandem.platform.inbox.ProcessedEvents;
import dev.tandem.platform.sql.NativeStatement;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Turns the signals of {@code signals.raw} (from the REST ingest or straight from integrators) into daily aggregates,
 * a poll at a time: every signal counted once, in one transaction with the record of which were counted, so a crash
 * or redelivery neither loses nor doubles anything. A record that is not a valid signal goes to
 * {@code signals.raw.dlq} on its own and the rest of the poll goes on.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final Logger LOG = Logger.getLogger(SignalsConsumer.class);
    private static final String CONSUMER = "health-activity";

    private final IncomingEvents incoming;
    private final ProcessedEvents processed;
    private final ActivityWriter writer;
    private final MutinyEmitter<String> deadLetters;
    private final AccountChanges changes;
    private final ChangedUsers users;
    private final Clock clock;

    public SignalsConsumer(
            IncomingEvents incoming,
            ProcessedEvents processed,
            ActivityWriter writer,
            AccountChanges changes,
            ChangedUsers users,
            Clock clock,
            @Channel("signals-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4_096)
                    MutinyEmitter<String> deadLetters) {
        this.incoming = incoming;
        this.processed = processed;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.changes = changes;
        this.users = users;
        this.clock = clock;
    }

    @Incoming("signals-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<EventEnvelope<TandemEvent>> signals = new ArrayList<>();
        List<Uni<Void>> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch) {
            try {
                EventEnvelope<TandemEvent> event = incoming.read(record);
                if (!(event.data() instanceof Signal)) {
                    throw new MalformedEventException("Not a signal: " + event.type());
                }
                signals.add(event);
            } catch (MalformedEventException e) {
                rejected.add(deadLetter(record, e));
            }
        }
        return Uni.join()
                .all(rejected.isEmpty() ? List.of(Uni.createFrom().voidItem()) : rejected)
                .andFailFast()
                .chain(() -> apply(signals))
                .onFailure()
                .invoke(failure -> LOG.warnf(failure, "A poll of %d signals failed; retrying it", signals.size()))
                // A database hiccup: retry the poll; the ids recorded with the counts keep it from counting twice.
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(10)
                .chain(() -> Uni.createFrom().completionStage(batch.ack()))
                // Still failing: park the whole poll on the dead-letter topic rather than stop the partition.
                .onFailure()
                .recoverWithUni(failure -> Uni.createFrom().completionStage(batch.nack(failure)));
    }

    private Uni<Void> apply(List<EventEnvelope<TandemEvent>> signals) {
        if (signals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> ids = signals.stream().map(event -> event.id().toString()).toList();
        return Panache.withTransaction(() -> processed
                .recordFirstTimes(CONSUMER, ids)
                .chain(firstTimes -> {
                    ActivityBatch activity = new ActivityBatch();
                    Set<String> counted = new HashSet<>();
                    for (EventEnvelope<TandemEvent> event : signals) {
                        String id = event.id().toString();
                        // Also drops a second copy within the same poll: it is counted once, like any redelivery.
                        if (firstTimes.contains(id) && !counted.contains(id)) {
                            counted.add(id);
                            activity.add((Signal) event.data());
                        }
                    }
                    return write(activity);
                }));
    }

    /**
     * Adds the counted signals to the aggregates and records which accounts and users changed, in the same
     * transaction, so no change goes unscored. The writes go to the database as one statement, not one a table, once
     * it is known which of the users a PQL scorecard judges.
     */
    private Uni<Void> write(ActivityBatch activity) {
        List<String> touched = activity.days().keySet().stream()
                .map(DayKey::accountExternalId)
                .distinct()
                .toList();
        List<AccountUser> touchedUsers = activity.userDays().keySet().stream()
                .map(day -> new AccountUser(day.accountExternalId(), day.userId()))
                .distinct()
                .toList();
        Instant now = clock.instant();
        return users.recording(touchedUsers, now).chain(userChange -> {
            List<NativeStatement> writes = new ArrayList<>(writer.writes(activity));
            userChange.ifPresent(writes::add);
            changes.recording(touched, now).ifPresent(writes::add);
            return NativeStatement.executeTogether(writes);
        });
    }

    private Uni<Void> deadLetter(KafkaRecord<String, String> record, MalformedEventException reason) {
        LOG.warnf("A record on signals.raw is not a valid signal and goes to signals.raw.dlq: %s", reason.getMessage());
        return deadLetters.sendMessage(DeadLetter.of(record, reason));
    }
}
