package dev.tandem.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {

    private final EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.shared();

    @Test
    void createsADatabaseThatKeepsData() throws Exception {
        var postgres = infrastructure.postgres();
        postgres.createDatabaseIfMissing("infra_test");
        postgres.createDatabaseIfMissing("infra_test");

        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("infra_test"), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS probe (id int primary key)");
            statement.execute("INSERT INTO probe VALUES (1) ON CONFLICT DO NOTHING");
            var result =
                    statement.executeQuery("SELECT current_setting('server_version_num')::int, count(*) FROM probe");
            result.next();
            assertThat(result.getInt(1)).as("PostgreSQL major version").isBetween(170000, 179999);
            assertThat(result.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void brokerAcknowledgesAndDeliversARecord() throws Exception {
        String topic = "infra-test-" + UUID.randomUUID();
        String bootstrap = infrastructure.kafkaBootstrapServers();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "account-1", "hello")).get();
        }
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG, "infra-test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            var records = consumer.poll(Duration.ofSeconds(30));
            assertThat(records).extracting(r -> r.key() + "=" + r.value()).containsExactly("account-1=hello");
        }
    }
}
