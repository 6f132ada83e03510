package dev.tandem.health.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.events.EventCatalog;
import dev.tandem.events.EventDescriptor;
import dev.tandem.events.signal.Signal;
import dev.tandem.health.ingest.config.IngestConfig;
import dev.tandem.health.ingest.domain.SignalItem;
import dev.tandem.health.ingest.domain.SignalValidation;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.UnavailableException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Takes a batch of signals whole or not at all, and answers only once Kafka has acknowledged every one (acks=all):
 * an accepted signal is never lost, and a batch Kafka did not take is reported so that the client retries.
 *
 * <p>Signals go straight to {@code signals.raw} rather than through an outbox: there is no state change here to
 * commit with them, and integrators may produce to the same topic themselves. A retried signal keeps its CloudEvent
 * id (derived from the integrator's event id), so consumers count it once.
 */
@ApplicationScoped
public class SignalIngest {

    private static final EventDescriptor SIGNAL = EventCatalog.of(Signal.class);

    private final MutinyEmitter<String> signals;
    private final ObjectMapper json;
    private final IngestConfig config;
    private final SignalValidation rules;
    private final Clock clock;

    public SignalIngest(
            @Channel("signals-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16_384)
                    MutinyEmitter<String> signals,
            ObjectMapper json,
            IngestConfig config,
            Clock clock) {
        this.signals = signals;
        this.json = json;
        this.config = config;
        this.rules = new SignalValidation(config.horizon());
        this.clock = clock;
    }

    /** @return how many signals Kafka acknowledged: the whole batch */
    public Uni<Integer> accept(List<SignalItem> batch) {
        List<FieldError> errors = rules.check(batch, clock.instant());
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(errors));
        }
        List<Uni<Void>> acknowledgements =
                batch.stream().map(item -> signals.sendMessage(toMessage(item))).toList();
        return Uni.join()
                .all(acknowledgements)
                .andFailFast()
                .ifNoItem()
                .after(config.ackTimeout())
                .fail()
                .onFailure()
                .transform(failure -> new UnavailableException(
                        "Kafka did not acknowledge the batch; retry it (signals are counted once)",
                        config.retryAfterSeconds(),
                        failure))
                .replaceWith(batch.size());
    }

    /** The CloudEvent id of a signal: the same for every retry of the same integrator event. */
    static UUID cloudEventId(SignalItem item) {
        return UUID.nameUUIDFromBytes((item.accountId() + "\n" + item.eventId()).getBytes(StandardCharsets.UTF_8));
    }

    private Message<String> toMessage(SignalItem item) {
        Signal signal = new Signal(
                item.eventId(),
                item.accountId(),
                item.userId(),
                item.type(),
                item.name(),
                item.occurredAt(),
                item.value(),
                item.properties());
        return Message.of(write(signal))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(signal.subject())
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(cloudEventId(item).toString())
                        .withSource(URI.create(SIGNAL.source()))
                        .withType(SIGNAL.type())
                        .withSubject(signal.subject())
                        .withTimestamp(item.occurredAt().atZone(ZoneOffset.UTC))
                        .build());
    }

    private String write(Signal signal) {
        try {
            return json.writeValueAsString(signal);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Signal cannot be written as JSON", e);
        }
    }
}
