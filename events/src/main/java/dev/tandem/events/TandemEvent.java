package dev.tandem.events;

/**
 * The payload ({@code data}) of every event Tandem publishes.
 *
 * <p>{@link #subject()} is both the CloudEvents {@code subject} and the Kafka record key, so all events about one
 * account land on one partition, in order. For domain events it is the Tandem account id; for {@code Signal} it is the
 * vendor's external account id, because raw signals arrive before any mapping to Tandem ids.
 *
 * <p>A contract grows within its version only by adding a field that may be null, which events written before it
 * lack; readers ignore fields they do not know (the default of Quarkus' ObjectMapper, which every consumer reads
 * with). Renaming, removing or changing the meaning of a field takes a new type ({@code .v2}).
 */
public interface TandemEvent {

    /** The Kafka key and CloudEvents subject of this event. */
    String subject();
}
