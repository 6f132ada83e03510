package dev.tandem.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The platform's topics (docs/architecture.md), each with its {@code .dlq} dead-letter topic, created if missing. */
final class KafkaTopics {

    static final int PARTITIONS = 3;
    static final List<String> EVENT_TOPICS =
            List.of("account.events", "signals.raw", "health.events", "cta.events", "content.events");
    private static final long TIMEOUT_SECONDS = 30;

    private KafkaTopics() {}

    static List<String> all() {
        List<String> names = new ArrayList<>();
        for (String topic : EVENT_TOPICS) {
            names.add(topic);
            names.add(topic + ".dlq");
        }
        return names;
    }

    /** Creates the topics the broker lacks; returns their names. Safe to run on every start. */
    static List<String> createMissing(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = all().stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                    .toList();
            var results = admin.createTopics(missing).values();
            for (var result : results.entrySet()) {
                try {
                    result.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // Created meanwhile by a service with topic auto-creation: what we wanted anyway.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new TandemException("Could not create the Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while creating the Kafka topics", e);
        }
    }
}
