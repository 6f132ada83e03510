package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.TestAccounts;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A change counted while the refresher is rescoring the same account must not lose its mark. The refresher's part is
 * played here by a connection that holds the account's mark as the refresher does (claimed, then deleted at commit),
 * while a second signal for the account is counted.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class RescoreMarkRaceTest {

    @Test
    void aChangeCountedWhileItsAccountIsBeingRescoredIsScoredAfterwards() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "race-" + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        TestAccounts.post(signal(account, "login", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> storedScore(account) != null);
        String before = storedScore(account);

        try (Connection refresher = connect()) {
            refresher.setAutoCommit(false);
            holdMark(refresher, account);
            TestAccounts.post(signal(account, "feature_used", "reports"));
            // The signal's transaction either waits for the held mark or has already committed: go on either way.
            await().atMost(Duration.ofSeconds(20)).until(() -> waitsForTheMark() || featureCounted(account));
            try (var delete = refresher.prepareStatement("DELETE FROM score_dirty WHERE account_external_id = ?")) {
                delete.setString(1, account);
                delete.executeUpdate();
            }
            refresher.commit();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> featureCounted(account));
        int live = Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .path("score");
        assertThat(String.valueOf(live)).as("the feature changes the score").isNotEqualTo(before);
        await().atMost(Duration.ofSeconds(20)).until(() -> String.valueOf(live).equals(storedScore(account)));
    }

    /** Marks the account and holds the mark in the open transaction, as the refresher's claim does. */
    private static void holdMark(Connection refresher, String account) throws SQLException {
        // The real refresher claims marks every second: keep marking until this connection is the one holding it.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Connection marker = connect();
                    var mark = marker.prepareStatement(
                            "INSERT INTO score_dirty (account_external_id, since) VALUES (?, now()) ON CONFLICT DO NOTHING")) {
                mark.setString(1, account);
                mark.executeUpdate();
            }
            try (var claim = refresher.prepareStatement("SELECT account_external_id FROM score_dirty"
                            + " WHERE account_external_id = ? FOR UPDATE SKIP LOCKED");
                    var claimed = (setAccount(claim, account)).executeQuery()) {
                return claimed.next();
            }
        });
    }

    private static java.sql.PreparedStatement setAccount(java.sql.PreparedStatement statement, String account)
            throws SQLException {
        statement.setString(1, account);
        return statement;
    }

    private static boolean waitsForTheMark() throws SQLException {
        return query("SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%score_dirty%'")
                != null;
    }

    private static boolean featureCounted(String account) throws SQLException {
        return query("SELECT 1 FROM feature_day WHERE account_external_id = '" + account + "'") != null;
    }

    private static String storedScore(String account) throws SQLException {
        return query("SELECT score FROM health_score WHERE account_external_id = '" + account + "'");
    }

    private static String query(String sql) throws SQLException {
        try (Connection connection = connect();
                var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("health"), "postgres", "");
    }

    private static String signal(String account, String type, String name) {
        return """
                {"signals": [{"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "%s", "name": %s,
                  "occurredAt": "%s"}]}
                """.formatted(
                        UUID.randomUUID(), account, type, name == null ? "null" : "\"" + name + "\"", Instant.now());
    }
}
