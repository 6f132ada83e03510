package dev.tandem.health.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.health.HealthDatabase;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every contract term's outcome is kept from the contract events account-service publishes, once. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ContractOutcomesTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    @Test
    void renewalsAndEndsBecomeOutcomesAndARedeliveryChangesNothing() throws Exception {
        UUID account = UUID.randomUUID();
        UUID grown = UUID.randomUUID();
        UUID lost = UUID.randomUUID();
        String renewedId = UUID.randomUUID().toString();
        String renewal = """
                {"contractId": "%s", "accountId": "%s", "plan": "Growth", "arr": 45000, "currency": "EUR",
                 "seats": 40, "startDate": "2025-11-01", "renewalDate": "2027-11-01", "autoRenew": true,
                 "status": "ACTIVE", "endReason": null, "occurredAt": "2026-11-01T10:00:00Z",
                 "previous": {"arr": 30000, "renewalDate": "2026-11-01"}}
                """.formatted(grown, account);
        try (var writer = new TopicWriter(kafka)) {
            send(
                    writer,
                    account,
                    UUID.randomUUID().toString(),
                    ContractStarted.TYPE,
                    contract(lost, account, "ACTIVE"));
            send(writer, account, renewedId, ContractRenewed.TYPE, renewal);
            send(writer, account, renewedId, ContractRenewed.TYPE, renewal);
            send(writer, account, UUID.randomUUID().toString(), ContractEnded.TYPE, contract(lost, account, "ENDED"));
            // The same end told again (an import run twice) keeps one outcome.
            send(writer, account, UUID.randomUUID().toString(), ContractEnded.TYPE, contract(lost, account, "ENDED"));
        }

        String ofAccount = " FROM contract_outcome WHERE account_id = '" + account + "'";
        await().atMost(Duration.ofSeconds(20)).until(() -> HealthDatabase.count("SELECT count(*)" + ofAccount) == 2);
        assertThat(HealthDatabase.value("SELECT outcome || ' ' || outcome_on || ' ' || arr_before || ' ' || arr_after"
                        + ofAccount + " AND contract_id = '" + grown + "'"))
                .isEqualTo("EXPANDED 2026-11-01 30000.00 45000.00");
        assertThat(HealthDatabase.value("SELECT outcome || ' ' || outcome_on || ' ' || reason" + ofAccount
                        + " AND contract_id = '" + lost + "'"))
                .isEqualTo("CHURNED 2026-11-01 too-expensive");
    }

    private static String contract(UUID contract, UUID account, String status) {
        return """
                {"contractId": "%s", "accountId": "%s", "plan": "Growth", "arr": 30000, "currency": "EUR",
                 "seats": 10, "startDate": "2025-11-01", "renewalDate": "2026-11-01", "autoRenew": false,
                 "status": "%s", "endReason": "too-expensive", "occurredAt": "2026-11-03T10:00:00Z"}
                """.formatted(contract, account, status);
    }

    private static void send(TopicWriter writer, UUID account, String id, String type, String data) {
        writer.send(
                Topics.ACCOUNT_EVENTS,
                account.toString(),
                data,
                TopicWriter.cloudEventHeaders(id, type, "/account-service", account.toString()));
    }
}
