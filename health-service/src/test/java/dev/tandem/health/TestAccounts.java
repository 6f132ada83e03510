package dev.tandem.health;

import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;

/** Accounts announced as account-service would, and signals sent as an integrator would, for tests that need them. */
public final class TestAccounts {

    private TestAccounts() {}

    /** Announces an account on {@code account.events} and waits until the projection holds it. */
    public static void announce(UUID accountId, String externalId, String plan, String stage) {
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"accountId": "%s", "externalId": "%s", "name": "Test", "industry": null, "employeeBand": null,
                     "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "%s", "stage": "%s",
                     "touchModel": "TECH", "community": false, "csmId": null, "cohort": null,
                     "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(accountId, externalId, plan, stage),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(),
                            AccountCreated.TYPE,
                            "/account-service",
                            accountId.toString()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> projected(externalId));
    }

    /** Posts a batch of signals ({@code {"signals": [...]}}) and expects it accepted. */
    public static void post(String batch) {
        Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body(batch)
                .post("/api/v1/signals")
                .then()
                .statusCode(202);
    }

    private static boolean projected(String externalId) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var statement = connection.prepareStatement("SELECT 1 FROM account_ref WHERE external_id = ?")) {
            statement.setString(1, externalId);
            return statement.executeQuery().next();
        }
    }
}
