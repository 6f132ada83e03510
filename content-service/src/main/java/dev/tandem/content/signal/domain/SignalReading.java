package dev.tandem.content.signal.domain;

import dev.tandem.content.milestone.domain.FactKind;
import dev.tandem.content.milestone.domain.UsageFact;
import dev.tandem.events.signal.Signal;
import dev.tandem.events.signal.SignalType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** What content-service reads out of a raw signal. */
public final class SignalReading {

    /** A view of a catalog item; {@code user} is the vendor's user id, if the signal names one. */
    public record View(UUID contentId, String user, boolean completed, Instant at) {}

    private SignalReading() {}

    /**
     * The dedup key of a signal: integrators promise a unique {@code eventId} per account, whether the signal came
     * through the REST ingest or straight onto the topic, so the key is derived from those two and not from the
     * CloudEvent id, which differs between the two ways in.
     */
    public static String dedupKey(Signal signal) {
        return UUID.nameUUIDFromBytes((signal.accountId() + "\n" + signal.eventId()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * A {@code content_viewed} signal names the item by its Tandem id, in {@code name} or in
     * {@code properties.contentId}; it is a completion when {@code properties.completed} is true or {@code value}
     * (the share viewed) is 1 or more. Other signals, and views of something that is not an item id, are not views.
     */
    public static Optional<View> view(Signal signal, Instant receivedAt) {
        if (signal.signalType() != SignalType.CONTENT_VIEWED) {
            return Optional.empty();
        }
        Object named = signal.name() != null
                ? signal.name()
                : signal.properties() == null ? null : signal.properties().get("contentId");
        UUID contentId;
        try {
            contentId = named == null ? null : UUID.fromString(named.toString());
        } catch (IllegalArgumentException e) {
            contentId = null;
        }
        if (contentId == null) {
            return Optional.empty();
        }
        boolean completed = (signal.properties() != null
                        && Boolean.TRUE.equals(signal.properties().get("completed")))
                || (signal.value() != null && signal.value() >= 1.0);
        return Optional.of(new View(contentId, signal.userId(), completed, at(signal, receivedAt)));
    }

    /**
     * The usage fact a signal adds, if milestones can be conditions on it. A seat is named by its user (by the event
     * when no user is given), so one seat activated twice counts once.
     */
    public static Optional<UsageFact> fact(Signal signal, Instant receivedAt) {
        return FactKind.of(signal.signalType()).flatMap(kind -> {
            String name = switch (kind) {
                case SEAT -> signal.userId() != null ? signal.userId() : "event:" + signal.eventId();
                case ROI -> signal.name() != null ? signal.name() : "";
                default -> signal.name();
            };
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            LocalDate day = LocalDate.ofInstant(at(signal, receivedAt), ZoneOffset.UTC);
            return Optional.of(new UsageFact(kind, name, day, 1));
        });
    }

    private static Instant at(Signal signal, Instant receivedAt) {
        return signal.occurredAt() != null ? signal.occurredAt() : receivedAt;
    }
}
