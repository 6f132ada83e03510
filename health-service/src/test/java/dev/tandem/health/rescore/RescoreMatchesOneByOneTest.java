package dev.tandem.health.rescore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.repository.AccountMetrics;
import dev.tandem.health.scoring.service.Scorer;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A full rescore, its chunks read as sets and rescored at the same time on several event loops, stores for each account
 * the score that scoring the account alone gives; and the end users of a free account, whose PQL a scorecard change
 * may move, are rescored after it too.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class RescoreMatchesOneByOneTest {

    /** More than two chunks of the default 500: one round holds several chunks rescored at the same time. */
    private static final int ACCOUNTS = 1_100;

    private static final String DEAR = "00000000-0000-0000-0000-00000000dea1";

    @Inject
    Scorer scorer;

    @Inject
    AccountMetrics metrics;

    private final String prefix = "one-by-one-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void everyAccountsStoredScoreIsItsScoreComputedAlone() throws Throwable {
        seedVariedAccounts();
        String freeAccount = "free-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), freeAccount, "FREE", "FREE");
        TestAccounts.post(logins(freeAccount, "ana", 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> userScore(freeAccount, "ana") != null);
        String anasScore = userScore(freeAccount, "ana");
        HealthDatabase.execute("UPDATE user_pql_score SET score = 1, band = 'RED' WHERE account_external_id = '"
                + freeAccount + "' AND user_id = 'ana'");

        awaitRescored(scorecardChange());

        List<String> sample = IntStream.range(0, ACCOUNTS)
                .filter(n -> n % 37 == 0 || n % 500 == 499)
                .mapToObj(this::account)
                .toList();
        for (String account : sample) {
            Scored alone = VertxContextSupport.subscribeAndAwait(() ->
                            Panache.withSession(() -> scorer.score(metrics, List.of(account), ScorecardPurpose.HEALTH)))
                    .get(account);
            String stored = HealthDatabase.value("SELECT concat_ws('|', score, band, explanation) FROM health_score"
                    + " WHERE account_external_id = '" + account + "'");
            assertThat(stored)
                    .as("%s: the rescore's score against its score computed alone", account)
                    .isEqualTo(String.join(
                            "|",
                            String.valueOf(alone.stored().score()),
                            alone.stored().band(),
                            alone.score().explanation()));
        }
        assertThat(HealthDatabase.count("SELECT count(DISTINCT score) FROM health_score WHERE account_external_id"
                        + " LIKE '" + prefix + "%'"))
                .as("the sample's accounts differ in score")
                .isGreaterThan(3);
        await().atMost(Duration.ofSeconds(30))
                .alias("a free account's user, whose PQL the change may move, is rescored after it")
                .until(() -> anasScore.equals(userScore(freeAccount, "ana")));
    }

    /**
     * Accounts on DEAR whose logins, features, tickets, e-mails and connected sources vary with their number, each
     * with a stored score of 0 and no explanation, which the rescore replaces.
     */
    private void seedVariedAccounts() throws Exception {
        HealthDatabase.execute("""
                INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, updated_at, created_on)
                SELECT gen_random_uuid(), '%1$s' || lpad(n::text, 5, '0'), 'Growth', 'ADOPTION', 'LOW', now(),
                       current_date - 40
                  FROM generate_series(0, %2$d - 1) n;
                INSERT INTO account_segment_history (account_external_id, valid_from, stage, touch_model, plan)
                SELECT '%1$s' || lpad(n::text, 5, '0'), CAST(current_date - 40 AS timestamptz), 'ADOPTION', 'LOW',
                       'Growth'
                  FROM generate_series(0, %2$d - 1) n;
                INSERT INTO account_day (account_external_id, day, signals, logins, feature_uses, tickets_opened,
                                         emails_opened, emails_sent, last_seen_at)
                SELECT '%1$s' || lpad(n::text, 5, '0'), current_date - d, 10, n %% 7, n %% 5,
                       CASE WHEN (d + n) %% 9 = 0 THEN 1 ELSE 0 END, (d + n) %% 3, 2,
                       current_date - d + time '12:00'
                  FROM generate_series(0, %2$d - 1) n, generate_series(0, 34) d
                 WHERE d %% (1 + n %% 4) = 0;
                INSERT INTO user_signal_day (account_external_id, user_id, day, signals, logins, last_seen_at)
                SELECT '%1$s' || lpad(n::text, 5, '0'), 'u' || u, current_date - d, 2, 1,
                       current_date - d + time '12:00'
                  FROM generate_series(0, %2$d - 1) n, generate_series(0, 20) d, generate_series(1, 1 + n %% 3) u;
                INSERT INTO feature_day (account_external_id, day, feature, uses)
                SELECT '%1$s' || lpad(n::text, 5, '0'), current_date - d, 'feature-' || (d %% (1 + n %% 6)), 5
                  FROM generate_series(0, %2$d - 1) n, generate_series(0, 29) d;
                INSERT INTO signal_source (account_external_id, source, first_day, last_day)
                SELECT '%1$s' || lpad(n::text, 5, '0'), s, current_date - 35, current_date
                  FROM generate_series(0, %2$d - 1) n,
                       unnest(ARRAY['login', 'feature_used', 'ticket_opened', 'email_opened']) WITH ORDINALITY AS x (s, i)
                 WHERE i <= 2 + n %% 3;
                INSERT INTO health_score (account_external_id, score, band, explanation, computed_at, scorecard_id)
                SELECT '%1$s' || lpad(n::text, 5, '0'), 0, 'RED', '', now() - interval '1 day', CAST('%3$s' AS uuid)
                  FROM generate_series(0, %2$d - 1) n;
                """.formatted(prefix, ACCOUNTS, DEAR));
    }

    private String account(int n) {
        return prefix + "%05d".formatted(n);
    }

    /**
     * A scorecard of a plan no account has, deleted again: it judges nobody, but each change queues a rescore of every
     * account; the first one's job is returned.
     */
    private static String scorecardChange() {
        String plan = "plan-" + UUID.randomUUID();
        var created = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Nobody's %1$s", "priority": 10, "criteria": {"plans": ["%1$s"]},
                         "groups": [{"key": "use", "name": "Use", "weight": 1, "measures": [
                           {"key": "logins", "name": "Logins", "metric": "logins", "windowDays": 30, "weight": 1,
                            "scoring": {"type": "LINEAR", "fromValue": 0, "fromPoints": 0, "toValue": 10,
                                        "toPoints": 100}}]}]}
                        """.formatted(plan))
                .post("/api/v1/scorecards")
                .then()
                .statusCode(201)
                .extract()
                .response();
        Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/scorecards/{id}", created.<String>path("scorecard.id"))
                .then()
                .statusCode(200);
        return created.path("rescore.id");
    }

    private static void awaitRescored(String job) {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> "COMPLETED"
                        .equals(Api.as(TestTokens.VIEWER)
                                .get("/api/v1/rescore-jobs/{id}", job)
                                .then()
                                .extract()
                                .path("status")));
    }

    private static String userScore(String account, String user) throws Exception {
        return HealthDatabase.value("SELECT score FROM user_pql_score WHERE account_external_id = '" + account
                + "' AND user_id = '" + user + "'");
    }

    private static String logins(String account, String user, int count) {
        StringBuilder signals = new StringBuilder();
        for (int i = 0; i < count; i++) {
            signals.append(i == 0 ? "" : ",").append("""
                    {"eventId": "%s", "accountId": "%s", "userId": "%s", "type": "login", "occurredAt": "%s"}
                    """.formatted(
                            UUID.randomUUID(), account, user, Instant.now().minus(Duration.ofDays(i))));
        }
        return "{\"signals\": [" + signals + "]}";
    }
}
