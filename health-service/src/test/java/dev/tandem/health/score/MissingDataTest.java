package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.events.Topics;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.health.HealthDatabase;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.TestSignals;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Missing is not zero, on the default DEAR scorecard and the real pipeline: a measure whose data source is not
 * connected is N/A and says why; an account nobody has sent anything about has no score; a source connected but silent
 * is a real 0.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class MissingDataTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anIntegrationSendingOnlyProductUsageShowsHeavyUseGreen() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "usage-" + accountId;
        TestAccounts.announce(accountId, account, "Growth", "ADOPTION");
        TestSignals.contract(accountId, 10, today.minusDays(60));
        List<String> nineOfTen = List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9");
        TestSignals.post(TestSignals.usage(account, nineOfTen, today.minusDays(29), today));

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(account) != null);
        health(account)
                .body("score", equalTo(100))
                .body("band", equalTo("GREEN"))
                .body("explanation", containsString("ROI results reported (no ROI reports received)"))
                .body("groups.find { it.key == 'roi' }.score", nullValue())
                .body("groups.find { it.key == 'roi' }.measures[0].noData", equalTo("no ROI reports received"));
    }

    @Test
    void anAccountNothingWasReceivedForHasNoScoreAndNoneIsStoredOrAnnounced() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "silent-" + accountId;
        TestAccounts.announce(accountId, account, "Growth", "ONBOARDING");
        TestSignals.contract(accountId, 10, today.minusDays(2));

        health(account)
                .body("score", nullValue())
                .body("band", nullValue())
                .body("explanation", containsString("No measure has data yet."))
                .body("explanation", containsString("Days with product use (no product use received)"));
        // The contract's change has been rescored: nothing stored, so nothing was announced either.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> HealthDatabase.count(
                                "SELECT count(*) FROM score_change WHERE '" + account + "' = ANY(accounts)")
                        == 0);
        assertThat(stored(account)).isNull();
        assertThat(new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers())
                        .findAll(
                                Topics.HEALTH_EVENTS,
                                r -> accountId.toString().equals(r.key())
                                        && ScoreChanged.TYPE.equals(TopicReader.header(r, "ce_type")),
                                Duration.ofSeconds(2)))
                .as("no crossing into any band to read from a score nobody can compute")
                .isEmpty();
    }

    @Test
    void anAccountThatStoppedUsingTheProductGoesRed() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "stopped-" + accountId;
        TestAccounts.announce(accountId, account, "Growth", "ADOPTION");
        TestSignals.contract(accountId, 10, today.minusDays(120));
        TestSignals.post(TestSignals.usage(account, List.of("u1", "u2"), today.minusDays(70), today.minusDays(60)));

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(account) != null);
        health(account)
                .body("score", equalTo(0))
                .body("band", equalTo("RED"))
                .body(
                        "groups.find { it.key == 'adoption' }.measures.find { it.key == 'active-days' }.rawValue",
                        equalTo(0));
    }

    @Test
    void aMeasureThatCountsNoDataAsZeroCountsZero() throws Exception {
        String plan = "zero-" + UUID.randomUUID();
        String scorecard = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "priority": 5, "criteria": {"plans": ["%s"]}, "groups": [
                          {"key": "use", "name": "Use", "weight": 1, "measures": [
                            {"key": "logins", "name": "Logins", "metric": "logins", "windowDays": 30, "weight": 1,
                             "scoring": {"type": "LINEAR", "fromValue": 0, "fromPoints": 0, "toValue": 1,
                                         "toPoints": 100}},
                            {"key": "roi", "name": "ROI reported", "metric": "roi_reports", "windowDays": 365,
                             "weight": 1, "whenNoData": "ZERO",
                             "scoring": {"type": "LINEAR", "fromValue": 0, "fromPoints": 0, "toValue": 1,
                                         "toPoints": 100}}]}]}
                        """.formatted(plan, plan))
                .post("/api/v1/scorecards")
                .then()
                .statusCode(201)
                .body("scorecard.groups[0].measures[1].whenNoData", equalTo("ZERO"))
                .body("scorecard.groups[0].measures[0].whenNoData", equalTo("NA"))
                .extract()
                .path("scorecard.id");
        try {
            UUID accountId = UUID.randomUUID();
            String account = "zero-" + accountId;
            TestAccounts.announce(accountId, account, plan, "ADOPTION");
            TestSignals.post(List.of(TestSignals.signal(account, "u1", "login", null, today)));

            await().atMost(Duration.ofSeconds(30)).until(() -> stored(account) != null);
            health(account)
                    .body("score", equalTo(50))
                    .body("groups[0].measures.find { it.key == 'roi' }.points", equalTo(0))
                    .body("groups[0].measures.find { it.key == 'roi' }.noData", nullValue());
        } finally {
            Api.as(TestTokens.CS_ADMIN)
                    .delete("/api/v1/scorecards/{id}", scorecard)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void anUnknownWhenNoDataIsRefusedAtItsPath() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "bad-%s", "groups": [{"key": "use", "name": "Use", "weight": 1, "measures": [
                          {"key": "logins", "name": "Logins", "metric": "logins", "windowDays": 30, "weight": 1,
                           "whenNoData": "SOMETIMES",
                           "scoring": {"type": "LINEAR", "fromValue": 0, "fromPoints": 0, "toValue": 1,
                                       "toPoints": 100}}]}]}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/scorecards")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groups[0].measures[0].whenNoData"));
    }

    private static ValidatableResponse health(String account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200);
    }

    private static String stored(String account) throws Exception {
        return HealthDatabase.value("SELECT score FROM health_score WHERE account_external_id = '" + account + "'");
    }
}
