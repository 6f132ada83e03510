package dev.tandem.events.signal;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Emitted for every usage or engagement signal received, by health-service ingestion or by an integrator directly.
 *
 * <p>Ids are the vendor's, not Tandem's: {@code accountId} and {@code userId} are external ids, {@code eventId} is the
 * integrator's dedup key. {@code type} stays a string on the wire (a {@link SignalType#wireName()}); use
 * {@link #signalType()} for the enum.
 */
public record Signal(
        String eventId,
        String accountId,
        String userId,
        String type,
        String name,
        Instant occurredAt,
        Double value,
        Map<String, Object> properties)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.signal.received.v1";

    public Signal {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(accountId, "accountId");
        if (SignalType.fromWireName(type).isEmpty()) {
            throw new IllegalArgumentException("unknown signal type: " + type);
        }
        // Properties are free-form JSON and may hold nulls, which Map.copyOf rejects.
        properties = properties == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The type as an enum; never fails, the constructor has checked it. */
    public SignalType signalType() {
        return SignalType.fromWireName(type).orElseThrow();
    }

    @Override
    public String subject() {
        return accountId;
    }
}
