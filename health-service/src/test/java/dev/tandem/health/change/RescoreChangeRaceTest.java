package dev.tandem.health.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.OpenTransaction;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.score.service.AccountHealth;
import dev.tandem.health.score.service.ScoreRefresher;
import dev.tandem.health.scoring.config.ScoringConfig;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A change counted while the refresher is rescoring the same account must not go unscored, and must not wait for the
 * rescoring either; a change not yet committed must not be claimed. The refresher's two steps are run by hand here,
 * with its schedule paused.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class RescoreChangeRaceTest {

    @Inject
    Scheduler scheduler;

    @Inject
    AccountChanges changes;

    @Inject
    AccountHealth health;

    @Inject
    ScoringConfig config;

    @Inject
    Clock clock;

    @Test
    void aChangeCountedWhileItsAccountIsBeingRescoredIsScoredAfterwards() throws Throwable {
        String account = scoredAccount("race-");
        String before = storedScore(account);

        scheduler.pause(ScoreRefresher.JOB);
        try {
            // A round begun before the pause may still take the change: post again until this claim has one.
            List<Claim<String>> claims = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                if (waitingChanges(account) == 0) {
                    TestAccounts.post(signal(account, "login", null));
                }
                claims.add(claimDue());
                return claims.stream().anyMatch(claim -> claim.named().contains(account));
            });

            TestAccounts.post(signal(account, "feature_used", "reports"));
            // Counted while the claim is out: recording a change does not wait for a rescoring.
            await().atMost(Duration.ofSeconds(20)).until(() -> featureCounted(account));

            for (Claim<String> claim : claims) {
                rescore(claim);
            }
            assertThat(unclaimedChanges(account))
                    .as("the change counted during the rescoring waits, unclaimed, for the next round")
                    .isPositive();
        } finally {
            scheduler.resume(ScoreRefresher.JOB);
        }

        int live = Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .path("score");
        assertThat(String.valueOf(live)).as("the feature changes the score").isNotEqualTo(before);
        await().atMost(Duration.ofSeconds(20)).until(() -> String.valueOf(live).equals(storedScore(account)));
        await().atMost(Duration.ofSeconds(20)).until(() -> waitingChanges(account) == 0);
    }

    @Test
    void aChangeIsClaimedOnlyOnceItCommits() throws Throwable {
        String account = scoredAccount("waiting-");

        scheduler.pause(ScoreRefresher.JOB);
        List<Claim<String>> claims = new ArrayList<>();
        try {
            // A round begun before the pause may still be rescoring the first signal: wait until nothing waits.
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Claim<String> waiting = claimDue();
                if (!waiting.isEmpty()) {
                    rescore(waiting);
                }
                return waitingChanges(account) == 0;
            });

            // A transaction that changed the account's aggregates records the change and has not committed yet.
            OpenTransaction recording = OpenTransaction.after(() -> changes.record(List.of(account), Instant.now()));
            Claim<String> early = claimDue();
            claims.add(early);
            assertThat(early.named())
                    .as("a claim now would rescore from reads that miss the change: it is not seen yet")
                    .doesNotContain(account);

            recording.commit();
            Claim<String> after = claimDue();
            claims.add(after);
            assertThat(after.named()).as("claimed once it committed").contains(account);
        } finally {
            for (Claim<String> claim : claims) {
                if (!claim.isEmpty()) {
                    rescore(claim);
                }
            }
            scheduler.resume(ScoreRefresher.JOB);
        }
        assertThat(waitingChanges(account)).as("rescored: the change is gone").isZero();
    }

    /** A new free account, announced, with a first signal and its score stored. */
    private static String scoredAccount(String prefix) throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = prefix + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        TestAccounts.post(signal(account, "login", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> storedScore(account) != null);
        return account;
    }

    private static int waitingChanges(String account) throws SQLException {
        return HealthDatabase.count("SELECT count(*) FROM score_change WHERE '" + account + "' = ANY(accounts)");
    }

    private static int unclaimedChanges(String account) throws SQLException {
        return HealthDatabase.count(
                "SELECT count(*) FROM score_change WHERE '" + account + "' = ANY(accounts) AND claimed_until IS NULL");
    }

    private void rescore(Claim<String> claim) throws Exception {
        try {
            VertxContextSupport.subscribeAndAwait(() -> refresherDrain().rescoreClaimed(claim));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private Claim<String> claimDue() throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> refresherDrain().claimDue());
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** What the refresher drains with, for running its steps by hand. */
    private ChangeDrain<String> refresherDrain() {
        return new ChangeDrain<>(changes, health::rescore, config.drain(), clock);
    }

    private static boolean featureCounted(String account) throws SQLException {
        return HealthDatabase.value("SELECT 1 FROM feature_day WHERE account_external_id = '" + account + "'") != null;
    }

    private static String storedScore(String account) throws SQLException {
        return HealthDatabase.value("SELECT score FROM health_score WHERE account_external_id = '" + account + "'");
    }

    private static String signal(String account, String type, String name) {
        return """
                {"signals": [{"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "%s", "name": %s,
                  "occurredAt": "%s"}]}
                """.formatted(
                        UUID.randomUUID(), account, type, name == null ? "null" : "\"" + name + "\"", Instant.now());
    }
}
