package dev.tandem.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON form, as the samples show it. On Tandem's topics events travel in
 * binary mode: these attributes are the record's {@code ce_*} headers and {@code data} is the record's value.
 *
 * <p>{@code subject} is also the Kafka key. {@code id} is unique per event and is what idempotent consumers record.
 *
 * @param <T> the payload type, a {@link TandemEvent} record (or a JSON tree for consumers that do not bind)
 */
public record EventEnvelope<T>(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(specversion, "specversion");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
    }

    /**
     * Wraps {@code data} with the type and source of {@code descriptor}.
     *
     * @throws IllegalArgumentException if {@code data} is not the record the descriptor declares, which would publish
     *     a payload under the wrong type
     */
    public static <T> EventEnvelope<T> of(EventDescriptor descriptor, UUID id, String subject, Instant time, T data) {
        if (!descriptor.dataClass().isInstance(data)) {
            throw new IllegalArgumentException("data of " + descriptor.type() + " must be a "
                    + descriptor.dataClass().getName() + ", got " + (data == null ? "null" : data.getClass()));
        }
        return new EventEnvelope<>(
                SPEC_VERSION, id, descriptor.source(), descriptor.type(), subject, time, CONTENT_TYPE, data);
    }
}
