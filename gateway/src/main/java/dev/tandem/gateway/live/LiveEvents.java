package dev.tandem.gateway.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.cta.CtaCreated;
import dev.tandem.events.cta.CtaSnoozed;
import dev.tandem.events.cta.CtaUpdated;
import dev.tandem.events.health.ScoreChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Reads health.events and cta.events and hands each change to the subscriptions open on this replica. Every replica
 * reads both topics whole (a consumer group of its own, from the newest offset): a subscriber is connected to one
 * replica, which must see every change. Nothing is stored, so a record that cannot be read is logged and skipped.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class);
    private static final String TYPE_HEADER = "ce_type";
    /** How many CTA owners a replica remembers to route snoozes and closes that name none; about 100 bytes each. */
    private static final int REMEMBERED_OWNERS = 100_000;

    private final ObjectMapper json;
    private final BroadcastProcessor<HealthScoreChange> health = BroadcastProcessor.create();
    private final BroadcastProcessor<CtaChange> ctas = BroadcastProcessor.create();
    private final CtaOwners owners = new CtaOwners(REMEMBERED_OWNERS);

    public LiveEvents(ObjectMapper json) {
        this.json = json;
    }

    /** Health changes from now on. */
    public Multi<HealthScoreChange> healthChanges() {
        return health;
    }

    /** CTA changes from now on. */
    public Multi<CtaChange> ctaChanges() {
        return ctas;
    }

    @Incoming("health-events-in")
    public CompletionStage<Void> onHealthEvent(Message<String> message) {
        if (ScoreChanged.TYPE.equals(type(message))) {
            read(
                    message,
                    ScoreChanged.class,
                    s -> health.onNext(new HealthScoreChange(
                            s.accountId(), s.previousScore(), s.score(), s.previousBand(), s.band(), s.computedAt())));
        }
        return message.ack();
    }

    @Incoming("cta-events-in")
    public CompletionStage<Void> onCtaEvent(Message<String> message) {
        String type = type(message);
        if (CtaCreated.TYPE.equals(type)) {
            read(message, CtaCreated.class, c -> {
                owners.remember(c.ctaId(), c.ownerId());
                ctas.onNext(new CtaChange("CREATED", c.ctaId(), c.accountId(), c.ownerId(), c.createdAt()));
            });
        } else if (CtaUpdated.TYPE.equals(type)) {
            read(message, CtaUpdated.class, u -> {
                owners.remember(u.ctaId(), u.ownerId());
                ctas.onNext(new CtaChange("UPDATED", u.ctaId(), u.accountId(), u.ownerId(), u.updatedAt()));
            });
        } else if (CtaSnoozed.TYPE.equals(type)) {
            read(message, CtaSnoozed.class, s -> {
                String owner = ownerOf(s.ctaId(), s.ownerId());
                ctas.onNext(new CtaChange("SNOOZED", s.ctaId(), s.accountId(), owner, s.snoozedAt()));
            });
        } else if (CtaClosed.TYPE.equals(type)) {
            read(message, CtaClosed.class, c -> {
                String owner = ownerOf(c.ctaId(), c.ownerId());
                ctas.onNext(new CtaChange("CLOSED", c.ctaId(), c.accountId(), owner, c.closedAt()));
            });
        }
        return message.ack();
    }

    /**
     * The owner a snooze or close names, remembered for a later event of the CTA that names none. Events written before
     * cta-service put the owner in them have none, and for those the owner this replica last saw for the CTA stands in. The replica reads from the newest record on, so
     * such events reach it only while a cta-service of the older version still writes them (or its outbox still holds
     * them) during an upgrade; once none is left, {@link CtaOwners} can go.
     */
    private String ownerOf(UUID ctaId, String named) {
        if (named != null) {
            owners.remember(ctaId, named);
            return named;
        }
        return owners.ownerOf(ctaId);
    }

    private <T> void read(Message<String> message, Class<T> type, java.util.function.Consumer<T> handle) {
        try {
            handle.accept(json.readValue(message.getPayload(), type));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warnf("skipped an unreadable %s record: %s", type.getSimpleName(), unreadable.getMessage());
        }
    }

    private static String type(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getHeaders().lastHeader(TYPE_HEADER))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .orElse("");
    }
}
