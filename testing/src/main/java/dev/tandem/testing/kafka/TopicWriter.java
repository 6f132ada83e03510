package dev.tandem.testing.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records the way an integrator or another service would, including malformed ones, for tests. */
public final class TopicWriter implements AutoCloseable {

    /** A record to write: its key, its value and its string headers. */
    public record Outgoing(String key, String value, Map<String, String> headers) {}

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Sends a record with string headers and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        await(producer.send(record(topic, new Outgoing(key, value, headers))));
    }

    /**
     * Sends the records as one producer batch and waits for the broker's acknowledgement. A consumer fetches a batch
     * whole, so records of one key sent so arrive in one poll, as a test of a batch consumer needs.
     */
    public void sendTogether(String topic, List<Outgoing> records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                // Nothing leaves before the flush below, and everything fits one batch.
                ProducerConfig.LINGER_MS_CONFIG,
                60_000,
                ProducerConfig.BATCH_SIZE_CONFIG,
                4 << 20,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                8 << 20);
        try (var batching = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Outgoing outgoing : records) {
                sent.add(batching.send(record(topic, outgoing)));
            }
            batching.flush();
            sent.forEach(TopicWriter::await);
        }
    }

    /** The {@code ce_*} headers of a binary-mode CloudEvent. */
    public static Map<String, String> cloudEventHeaders(String id, String type, String source, String subject) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", id,
                "ce_type", type,
                "ce_source", source,
                "ce_subject", subject,
                "content-type", "application/json");
    }

    private static ProducerRecord<String, String> record(String topic, Outgoing outgoing) {
        var record = new ProducerRecord<>(topic, outgoing.key(), outgoing.value());
        outgoing.headers()
                .forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static void await(Future<RecordMetadata> sent) {
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the record", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
