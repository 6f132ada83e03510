package dev.tandem.health.activity.messaging;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.signal.Signal;
import dev.tandem.health.activity.domain.ActivityBatch;
import dev.tandem.health.activity.repository.ActivityWriter;
import dev.tandem.health.change.AccountChanges;
import dev.tandem.health.change.FirstScores;
import dev.tandem.health.change.HistoryChanges;
import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.pql.service.ChangedUsers;
import dev.tandem.platform.inbox.BatchChannel;
import dev.tandem.platform.inbox.BatchInbox;
import dev.tandem.platform.sql.NativeStatement;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Turns the signals of {@code signals.raw} (from the REST ingest or straight from integrators) into daily aggregates,
 * a poll at a time through the {@link BatchInbox}: every signal counted once, in one transaction with the record of
 * which were counted, so a crash or redelivery neither loses nor doubles anything. A record that is not a valid signal,
 * or a signal that cannot be stored, goes to {@code signals.raw.dlq} on its own and the rest of the poll is counted.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final String CONSUMER = "health-activity";

    private final BatchInbox inbox;
    private final BatchChannel<Signal> signals;
    private final ActivityWriter writer;
    private final AccountChanges changes;
    private final FirstScores firstScores;
    private final HistoryChanges history;
    private final ChangedUsers users;
    private final Clock clock;

    public SignalsConsumer(
            BatchInbox inbox,
            ActivityWriter writer,
            AccountChanges changes,
            FirstScores firstScores,
            HistoryChanges history,
            ChangedUsers users,
            Clock clock,
            @Channel("signals-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4_096)
                    MutinyEmitter<String> deadLetters) {
        this.inbox = inbox;
        this.signals = BatchChannel.of(CONSUMER, Signal.class, deadLetters);
        this.writer = writer;
        this.changes = changes;
        this.firstScores = firstScores;
        this.history = history;
        this.users = users;
        this.clock = clock;
    }

    @Incoming("signals-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(signals, batch, this::count);
    }

    /**
     * The effect: the poll's signals not counted before, in the poll's order, added to the aggregates, and which
     * accounts and users changed (and, for past days, whose score history) recorded in the same transaction, so no
     * change goes unscored. The writes go to the
     * database as one statement, not one a table, once it is known which of the users a PQL scorecard judges.
     */
    private Uni<Void> count(List<EventEnvelope<Signal>> signals) {
        ActivityBatch activity = new ActivityBatch();
        signals.forEach(event -> activity.add(event.data()));
        List<String> touched = activity.days().keySet().stream()
                .map(AccountDay::account)
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
            firstScores.recordingUnscored(touched, now).ifPresent(writes::add);
            history.recording(activity.pastDays(LocalDate.ofInstant(now, ZoneOffset.UTC)), now)
                    .ifPresent(writes::add);
            return NativeStatement.executeTogether(writes);
        });
    }
}
