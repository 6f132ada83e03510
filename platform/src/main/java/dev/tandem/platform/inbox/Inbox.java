package dev.tandem.platform.inbox;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The one way a service consumes events a message at a time: read the CloudEvent, apply its effect once, acknowledge.
 * Channels read a poll at a time use the {@link BatchInbox}.
 *
 * <p>A message that can never be applied is rejected at once; other failures are retried with back-off first. A
 * rejected message goes to the channel's dead-letter topic (configure {@code failure-strategy=dead-letter-queue}), so
 * one bad message never stops its partition.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final IncomingEvents incoming;
    private final ProcessedEvents processed;
    private final InboxConfig config;

    public Inbox(IncomingEvents incoming, ProcessedEvents processed, InboxConfig config) {
        this.incoming = incoming;
        this.processed = processed;
        this.config = config;
    }

    /**
     * Applies {@code effect} to the event in {@code message} unless {@code consumer} already did, then acknowledges.
     *
     * @param consumer a stable name for this consumer; the same event is applied once per name
     */
    public Uni<Void> consume(
            String consumer, Message<String> message, Function<EventEnvelope<TandemEvent>, Uni<?>> effect) {
        return Uni.createFrom()
                .deferred(() -> {
                    Retries retries = Retries.onCurrentContext(config);
                    EventEnvelope<TandemEvent> event = incoming.read(message);
                    return retries.retried(
                            () -> processed.applyOnce(consumer, event.id().toString(), () -> effect.apply(event)));
                })
                .chain(applied -> Uni.createFrom().completionStage(message.ack()))
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf(failure, "%s rejected a message; it goes to the dead-letter topic", consumer);
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }
}
