package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.TestAccounts;
import dev.tandem.health.score.repository.ScoreStore;
import dev.tandem.health.score.repository.ScoreStore.Claim;
import dev.tandem.health.score.service.ScoreRefresher;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A change counted while the refresher is rescoring the same account must not lose its mark, and must not wait for the
 * rescoring either. The refresher's two steps are run by hand here, with its schedule paused: a second signal for the
 * account is counted between its claim and its rescoring.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class RescoreMarkRaceTest {

    @Inject
    ScoreRefresher refresher;

    @Inject
    Scheduler scheduler;

    @Inject
    ScoreStore scores;

    @Test
    void aChangeCountedWhileItsAccountIsBeingRescoredIsScoredAfterwards() throws Throwable {
        String account = scoredAccount("race-");
        String before = storedScore(account);

        scheduler.pause(ScoreRefresher.JOB);
        try {
            // A round begun before the pause may still take the mark: mark again until this claim has it.
            List<Claim> claims = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                if (query("SELECT 1 FROM score_dirty WHERE account_external_id = '" + account + "'") == null) {
                    TestAccounts.post(signal(account, "login", null));
                }
                claims.addAll(claimDue());
                return claims.stream().anyMatch(claim -> claim.account().equals(account));
            });

            TestAccounts.post(signal(account, "feature_used", "reports"));
            // Counted while the claim is out: marking a claimed account does not wait for its rescoring.
            await().atMost(Duration.ofSeconds(20)).until(() -> featureCounted(account));

            VertxContextSupport.subscribeAndAwait(() -> refresher.rescoreClaimed(claims));
            assertThat(query("SELECT claimed_until IS NULL FROM score_dirty WHERE account_external_id = '" + account
                            + "'"))
                    .as("marked again during the rescoring: the mark stays, unclaimed")
                    .isEqualTo("t");
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
        await().atMost(Duration.ofSeconds(20))
                .until(() -> query("SELECT 1 FROM score_dirty WHERE account_external_id = '" + account + "'") == null);
    }

    @Test
    void aChangeMarkingAnAccountWhoseMarkWaitsUnclaimedKeepsItFromBeingClaimedUntilTheChangeCommits() throws Throwable {
        String account = scoredAccount("waiting-");

        scheduler.pause(ScoreRefresher.JOB);
        List<Claim> claims = new ArrayList<>();
        try {
            // A round begun before the pause may still take the mark: mark again until one waits unclaimed.
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                if (query("SELECT 1 FROM score_dirty WHERE account_external_id = '" + account + "'") == null) {
                    TestAccounts.post(signal(account, "login", null));
                }
                return "t"
                        .equals(query("SELECT claimed_until IS NULL FROM score_dirty WHERE account_external_id = '"
                                + account + "'"));
            });
            String version = markVersion(account);

            // A transaction that changed the account's aggregates marks it and has not committed yet.
            CompletableFuture<Void> marked = new CompletableFuture<>();
            CompletableFuture<Void> commit = new CompletableFuture<>();
            CompletableFuture<Void> committed = CompletableFuture.runAsync(() -> {
                try {
                    VertxContextSupport.subscribeAndAwait(() ->
                            Panache.withTransaction(() -> scores.markDirty(List.of(account), Instant.now())
                                    .invoke(() -> marked.complete(null))
                                    .chain(() -> {
                                        // The session is the event loop's: go on there when the test lets it commit.
                                        Context session = Vertx.currentContext();
                                        return Uni.createFrom()
                                                .completionStage(commit)
                                                .emitOn(step -> session.runOnContext(ignored -> step.run()));
                                    })));
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            });
            marked.get(20, TimeUnit.SECONDS);
            claims.addAll(claimDue());
            assertThat(claims)
                    .as("a claim now would rescore from reads that miss the change: the mark is skipped")
                    .noneMatch(claim -> claim.account().equals(account));

            commit.complete(null);
            committed.get(20, TimeUnit.SECONDS);
            assertThat(markVersion(account))
                    .as("the waiting mark was only locked, not written again")
                    .isEqualTo(version);
            // Claimed once the change committed (or once a login posted above, still being counted, commits too).
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                List<Claim> after = claimDue();
                claims.addAll(after);
                return after.stream().anyMatch(claim -> claim.account().equals(account));
            });
        } finally {
            VertxContextSupport.subscribeAndAwait(() -> refresher.rescoreClaimed(claims));
            scheduler.resume(ScoreRefresher.JOB);
        }
        assertThat(query("SELECT 1 FROM score_dirty WHERE account_external_id = '" + account + "'"))
                .as("rescored: the mark is gone")
                .isNull();
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

    private static String markVersion(String account) throws SQLException {
        return query("SELECT version FROM score_dirty WHERE account_external_id = '" + account + "'");
    }

    private List<Claim> claimDue() throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(refresher::claimDue);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
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
