package dev.tandem.platform;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.platform.inbox.BatchChannel;
import dev.tandem.platform.inbox.BatchInbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * A batch consumer of {@code probe.batch}, as a service keeps one: it records each account it is given, with the
 * transaction that recorded it. Some names make its effect fail, as real effects do: a name over 200 characters is
 * refused by the database, one starting with {@code flaky} fails the first transaction it is in, one starting with
 * {@code broken} fails every one.
 */
@ApplicationScoped
public class ProbeBatchConsumer {

    public static final String TOPIC = "probe.batch";

    private final BatchInbox inbox;
    private final BatchChannel<AccountCreated> accounts;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public ProbeBatchConsumer(
            BatchInbox inbox,
            @Channel("probe-batch-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1_024)
                    MutinyEmitter<String> deadLetters) {
        this.inbox = inbox;
        this.accounts = BatchChannel.of("probe-batch", AccountCreated.class, deadLetters);
    }

    @Incoming("probe-batch-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(accounts, batch, this::record);
    }

    /** How many transactions the effect has been given the account of this name in. */
    public int attempts(String name) {
        AtomicInteger count = attempts.get(name);
        return count == null ? 0 : count.get();
    }

    private Uni<Void> record(List<EventEnvelope<AccountCreated>> events) {
        boolean fails = false;
        for (EventEnvelope<AccountCreated> event : events) {
            String name = event.data().name();
            int attempt = attempts.computeIfAbsent(name, ignored -> new AtomicInteger())
                    .incrementAndGet();
            fails |= name.startsWith("broken") || (name.startsWith("flaky") && attempt == 1);
        }
        if (fails) {
            return Uni.createFrom().failure(new IllegalStateException("The probe's effect fails on purpose"));
        }
        return Multi.createFrom()
                .iterable(events)
                .onItem()
                .transformToUniAndConcatenate(event -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "INSERT INTO seen_batch (event_id, account_id, name) VALUES (:event, :account,"
                                                + " :name)")
                                .setParameter("event", event.id())
                                .setParameter("account", event.data().accountId())
                                .setParameter("name", event.data().name())
                                .executeUpdate()))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
