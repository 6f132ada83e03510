package dev.tandem.e2e;

import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What an integrator does for one account: writes the CRM's records over REST with its client-credentials token, and
 * sends signals either over REST or straight to {@code signals.raw} as binary-mode CloudEvents (the contract in docs/architecture.md).
 */
final class IntegratorSide implements AutoCloseable {

    private static final String SIGNAL_TYPE = "dev.tandem.signal.received.v1";

    private final PlatformClient client;
    private final Endpoints endpoints;
    private final String account;
    private final KafkaProducer<String, String> producer;

    IntegratorSide(PlatformClient client, Endpoints endpoints, String kafkaBootstrapServers, String account) {
        this.client = client;
        this.endpoints = endpoints;
        this.account = account;
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producer = new KafkaProducer<>(settings);
    }

    /** The integrator's own REST client, for what it may not do. */
    PlatformClient client() {
        return client;
    }

    void upsertAccount(Map<String, Object> account) {
        client.put(accountUri(""), account);
    }

    void upsertUser(String userId, Map<String, Object> user) {
        client.put(accountUri("/users/" + userId), user);
    }

    void upsertContract(String contractId, Map<String, Object> contract) {
        client.put(accountUri("/contracts/" + contractId), contract);
    }

    /** One batch to the REST ingest: answered once Kafka holds every signal. */
    void sendOverRest(List<Map<String, Object>> signals) {
        client.post(endpoints.health().resolve("/api/v1/signals"), Map.of("signals", signals));
    }

    /** Each signal as its own record keyed by the account, waiting for the broker's acknowledgement of all. */
    void produceToKafka(List<Map<String, Object>> signals) {
        try {
            for (Map<String, Object> signal : signals) {
                ProducerRecord<String, String> record = new ProducerRecord<>(
                        "signals.raw", account, PlatformClient.json().writeValueAsString(signal));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", (String) signal.get("eventId"));
                header(record, "ce_type", SIGNAL_TYPE);
                header(record, "ce_source", "/integrations/e2e-crm");
                header(record, "ce_subject", account);
                header(record, "content-type", "application/json");
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not take a signal", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private URI accountUri(String rest) {
        return endpoints.account().resolve("/api/v1/accounts/" + account + rest);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
