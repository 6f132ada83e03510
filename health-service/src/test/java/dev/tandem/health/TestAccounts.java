package dev.tandem.health;

import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/** Accounts announced as account-service would, and signals sent as an integrator would, for tests that need them. */
public final class TestAccounts {

    private TestAccounts() {}

    /** Announces an account without a CSM on {@code account.events} and waits until the projection holds it. */
    public static void announce(UUID accountId, String externalId, String plan, String stage) {
        announce(accountId, externalId, plan, stage, null);
    }

    /**
     * Announces an account on {@code account.events} and waits until the projection holds it.
     *
     * @param csmId the account's CSM, a token's subject ({@code csm-user} for {@code Api.as(TestTokens.CSM)}), or null
     */
    public static void announce(UUID accountId, String externalId, String plan, String stage, String csmId) {
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"accountId": "%s", "externalId": "%s", "name": "Test", "industry": null, "employeeBand": null,
                     "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "%s", "stage": "%s",
                     "touchModel": "TECH", "community": false, "csmId": %s, "cohort": null,
                     "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(accountId, externalId, plan, stage, jsonString(csmId)),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(),
                            AccountCreated.TYPE,
                            "/account-service",
                            accountId.toString()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> projected(externalId));
    }

    /** Gives the account another CSM, as account-service announces it, and waits until the projection has it. */
    public static void assignCsm(UUID accountId, String previousCsmId, String csmId) {
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"accountId": "%s", "previousCsmId": %s, "csmId": %s, "assignedAt": "2026-11-02T10:00:00Z"}
                    """.formatted(accountId, jsonString(previousCsmId), jsonString(csmId)),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), CsmAssigned.TYPE, "/account-service", accountId.toString()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Objects.equals(csmOf(accountId), csmId));
    }

    /** The account's CSM as health-service's projection holds it. */
    public static String csmOf(UUID accountId) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var statement = connection.prepareStatement("SELECT csm_id FROM account_ref WHERE account_id = ?")) {
            statement.setObject(1, accountId);
            var row = statement.executeQuery();
            return row.next() ? row.getString(1) : null;
        }
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

    private static String jsonString(String value) {
        return value == null ? "null" : "\"" + value + "\"";
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
