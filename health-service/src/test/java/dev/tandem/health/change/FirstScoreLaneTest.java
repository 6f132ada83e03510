package dev.tandem.health.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.score.service.ScoreRefresher;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A new account's first score does not wait for the refresher's backlog: its first signals put it in the first-score
 * lane too, which scores it while the refresher is held up (here: paused). An account scored before is left to the
 * refresher.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class FirstScoreLaneTest {

    @Inject
    Scheduler scheduler;

    @Test
    void aNewAccountIsScoredWhileTheRefresherIsHeldUpAndAScoredOneIsLeftToIt() throws Exception {
        String account = "first-" + UUID.randomUUID();
        scheduler.pause(ScoreRefresher.JOB);
        try {
            TestAccounts.post(signal(account, "login", null));
            await().atMost(Duration.ofSeconds(20)).until(() -> scored(account));

            TestAccounts.post(signal(account, "feature_used", "reports"));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> HealthDatabase.value(
                                    "SELECT 1 FROM feature_day WHERE account_external_id = '" + account + "'")
                            != null);
            assertThat(waiting("score_first_change", account))
                    .as("a scored account's signals are not a first score")
                    .isZero();
        } finally {
            scheduler.resume(ScoreRefresher.JOB);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting("score_change", account) == 0);
    }

    private static int waiting(String table, String account) throws SQLException {
        return HealthDatabase.count("SELECT count(*) FROM " + table + " WHERE '" + account + "' = ANY(accounts)");
    }

    private static boolean scored(String account) throws SQLException {
        return HealthDatabase.value("SELECT 1 FROM health_score WHERE account_external_id = '" + account + "'") != null;
    }

    private static String signal(String account, String type, String name) {
        return """
                {"signals": [{"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "%s", "name": %s,
                  "occurredAt": "%s"}]}
                """.formatted(
                        UUID.randomUUID(), account, type, name == null ? "null" : "\"" + name + "\"", Instant.now());
    }
}
