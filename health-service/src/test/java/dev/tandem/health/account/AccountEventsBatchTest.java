package dev.tandem.health.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.StageChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * account.events are applied a poll at a time: several events of one account in one poll end in the state of the
 * last, a bad record in the poll is parked alone, and a redelivered poll changes nothing.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class AccountEventsBatchTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    /** A record as account-service would publish it, with the CloudEvent id it keeps when redelivered. */
    private record Event(String id, String type, String data) {}

    @Test
    void aPollOfOneAccountsEventsEndsInTheLastStateAndARedeliveredPollChangesNothing() throws Exception {
        UUID account = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        String external = "batch-" + account;
        List<Event> poll = List.of(
                event(AccountCreated.TYPE, """
                        {"accountId": "%s", "externalId": "%s", "name": "Acme", "industry": null,
                         "employeeBand": null, "parentAccountId": null, "billingModel": "SUBSCRIPTION",
                         "plan": "FREE", "stage": "FREE", "touchModel": "TECH", "community": false,
                         "csmId": "csm-a", "cohort": null, "occurredAt": "2026-11-01T10:00:00Z"}
                        """.formatted(account, external)),
                event(AccountUpdated.TYPE, "{\"accountId\": \"%s\", \"not\": \"an update\"".formatted(account)),
                event(StageChanged.TYPE, """
                        {"accountId": "%s", "previousStage": "FREE", "stage": "ONBOARDING", "reason": "contract",
                         "changedAt": "2026-11-02T10:00:00Z"}
                        """.formatted(account)),
                event(CsmAssigned.TYPE, csm(account, "csm-a", "csm-b")),
                event(ContractStarted.TYPE, contract(contract, account, 10)),
                event(ContractChanged.TYPE, contract(contract, account, 12)));

        sendTogether(account, poll);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "12"
                        .equals(text("SELECT sum(seats)::text FROM contract_ref WHERE active AND account_id = '"
                                + account + "'")));
        assertThat(text("SELECT stage FROM account_ref WHERE account_id = '" + account + "'"))
                .isEqualTo("ONBOARDING");
        assertThat(text("SELECT csm_id FROM account_ref WHERE account_id = '" + account + "'"))
                .isEqualTo("csm-b");
        assertThat(text("SELECT converted_on::text FROM account_ref WHERE account_id = '" + account + "'"))
                .isEqualTo("2026-11-02");
        var parked = new TopicReader(kafka)
                .find(
                        Topics.deadLetter(Topics.ACCOUNT_EVENTS),
                        r -> account.toString().equals(r.key()),
                        Duration.ofSeconds(20));
        assertThat(parked).as("the bad record alone").isPresent();
        assertThat(parked.get().value()).contains("an update");
        assertThat(TopicReader.header(parked.get(), "dead-letter-reason")).contains("does not match");
        // No signal came for it, so its score is N/A and nothing is stored: the change going is the rescoring done.
        await().atMost(Duration.ofSeconds(20))
                .alias("the account marked for rescoring in the poll's transaction, and rescored")
                .until(() -> text("SELECT count(*)::text FROM score_change WHERE '" + external + "' = ANY(accounts)")
                        .equals("0"));

        // Redelivered whole, then one new event behind it on the same partition: once that is applied, so is the
        // redelivery, and the contract's first 10 seats must not have come back.
        List<Event> redelivery = new ArrayList<>(poll.subList(2, poll.size()));
        redelivery.add(event(CsmAssigned.TYPE, csm(account, "csm-b", "csm-c")));
        sendTogether(account, redelivery);

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        "csm-c".equals(text("SELECT csm_id FROM account_ref WHERE account_id = '" + account + "'")));
        assertThat(text("SELECT sum(seats)::text FROM contract_ref WHERE active AND account_id = '" + account + "'"))
                .isEqualTo("12");
        assertThat(text("SELECT stage FROM account_ref WHERE account_id = '" + account + "'"))
                .isEqualTo("ONBOARDING");
        assertThat(text("SELECT count(*)::text FROM processed_event WHERE consumer = 'health-account-projection'"
                        + " AND event_id IN ('"
                        + String.join("','", redelivery.stream().map(Event::id).toList()) + "')"))
                .isEqualTo(Integer.toString(redelivery.size()));
    }

    /** Sends the events in one producer batch, so that the consumer most likely reads them in one poll. */
    private void sendTogether(UUID account, List<Event> events) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka,
                ProducerConfig.LINGER_MS_CONFIG,
                500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            for (Event event : events) {
                var record = new ProducerRecord<>(Topics.ACCOUNT_EVENTS, account.toString(), event.data());
                TopicWriter.cloudEventHeaders(event.id(), event.type(), "/account-service", account.toString())
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static Event event(String type, String data) {
        return new Event(UUID.randomUUID().toString(), type, data);
    }

    private static String csm(UUID account, String previous, String next) {
        return """
                {"accountId": "%s", "previousCsmId": "%s", "csmId": "%s", "assignedAt": "2026-11-03T10:00:00Z"}
                """.formatted(account, previous, next);
    }

    private static String contract(UUID contract, UUID account, int seats) {
        return """
                {"contractId": "%s", "accountId": "%s", "plan": "Growth", "arr": 30000, "currency": "EUR",
                 "seats": %d, "startDate": "2026-11-01", "renewalDate": "2027-11-01", "autoRenew": true,
                 "status": "ACTIVE", "endReason": null, "occurredAt": "2026-11-01T10:00:00Z"}
                """.formatted(contract, account, seats);
    }

    private static String text(String sql) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
