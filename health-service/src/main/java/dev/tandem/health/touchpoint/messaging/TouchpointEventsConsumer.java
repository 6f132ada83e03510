package dev.tandem.health.touchpoint.messaging;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.health.touchpoint.service.TouchpointEffects;
import dev.tandem.platform.inbox.BatchChannel;
import dev.tandem.platform.inbox.BatchInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Keeps the touchpoints cta.events announces, a poll at a time through the {@link BatchInbox}: the poll's events
 * applied in their order and their ids recorded in one transaction, so a redelivered poll changes nothing (and the
 * versions make a replayed event harmless too). A record that is not a valid event goes to {@code cta.events.dlq} on
 * its own and the rest of the poll goes on.
 */
@ApplicationScoped
public class TouchpointEventsConsumer {

    private static final String CONSUMER = "health-touchpoints";

    private final BatchInbox inbox;
    private final BatchChannel<TandemEvent> events;
    private final TouchpointEffects effects;

    public TouchpointEventsConsumer(
            BatchInbox inbox,
            TouchpointEffects effects,
            @Channel("cta-events-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1_024)
                    MutinyEmitter<String> deadLetters) {
        this.inbox = inbox;
        this.events = BatchChannel.of(CONSUMER, TandemEvent.class, deadLetters);
        this.effects = effects;
    }

    @Incoming("cta-events-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(
                events,
                batch,
                polled -> effects.apply(polled.stream().map(EventEnvelope::data).toList()));
    }
}
