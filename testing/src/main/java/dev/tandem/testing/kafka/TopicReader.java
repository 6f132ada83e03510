package dev.tandem.testing.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning in tests, to assert what a service really published. Each call uses its own
 * consumer without a group, so tests never steal records from each other or from the service under test.
 */
public final class TopicReader {

    private final String bootstrapServers;

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Waits up to {@code timeout} for a record matching {@code match}. */
    public Optional<ConsumerRecord<String, String>> find(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return read(topic, match, timeout).stream().filter(match).findFirst();
    }

    /** Reads until {@code timeout} and returns every record matching {@code match}, in partition order. */
    public List<ConsumerRecord<String, String>> findAll(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return read(topic, record -> false, timeout).stream().filter(match).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private List<ConsumerRecord<String, String>> read(
            String topic, Predicate<ConsumerRecord<String, String>> stopAt, Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            Instant deadline = Instant.now().plus(timeout);
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    seen.add(record);
                    if (stopAt.test(record)) {
                        return seen;
                    }
                }
            }
        }
        return seen;
    }
}
