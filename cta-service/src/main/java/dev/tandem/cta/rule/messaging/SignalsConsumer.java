package dev.tandem.cta.rule.messaging;

import dev.tandem.cta.rule.service.SignalRules;
import dev.tandem.cta.rule.service.SignalRules.Received;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.signal.Signal;
import dev.tandem.platform.inbox.BatchChannel;
import dev.tandem.platform.inbox.BatchInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Runs the signal rules on signals.raw (an urgent ticket, an NPS detractor, a cancelled add-on) a poll at a time
 * through the {@link BatchInbox}: the ids of the poll's new signals recorded in one statement, their effects
 * ({@link SignalRules}) applied in the poll's order, all in one transaction, so a redelivered poll changes nothing. One
 * account's signals are on one partition, in order, and stay so in the poll. A transaction per signal kept a backfill
 * at about 250 signals a second.
 *
 * <p>A record that is not a valid signal goes to {@code signals.raw.dlq} on its own and the rest of the poll goes on.
 * A poll that keeps failing after retries with back-off is applied again one signal per transaction, so that only the
 * signal that cannot be applied is parked on the dead-letter topic.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final String CONSUMER = "cta-signals";

    private final BatchInbox inbox;
    private final BatchChannel<Signal> signals;
    private final SignalRules effects;

    public SignalsConsumer(
            BatchInbox inbox,
            SignalRules effects,
            @Channel("signals-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4_096)
                    MutinyEmitter<String> deadLetters) {
        this.inbox = inbox;
        this.signals = BatchChannel.of(CONSUMER, Signal.class, deadLetters);
        this.effects = effects;
    }

    @Incoming("signals-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(signals, batch, this::apply);
    }

    /** The effect: the signal rules on the poll's signals not applied before, in the poll's order. */
    private Uni<Void> apply(List<EventEnvelope<Signal>> signals) {
        return effects.apply(signals.stream()
                .map(event -> new Received(event.id().toString(), event.data()))
                .toList());
    }
}
