package dev.tandem.health.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.cta.TouchpointDeleted;
import dev.tandem.events.cta.TouchpointRecorded;
import dev.tandem.health.HealthDatabase;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.TestSignals;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Touchpoints from cta.events on the real broker feed DEAR's "knows the decision maker" and the touchpoint metrics: N/A
 * before any touchpoint, 100 points within seconds of a touchpoint with the decision maker, nothing changed by a replayed
 * or older version, and N/A again once the only touchpoint is deleted.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class TouchpointMetricsTest {

    private static final String MEASURE =
            "groups.find { it.key == 'engagement' }.measures.find { it.key == 'decision-maker' }";

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aTouchpointWithTheDecisionMakerMovesTheMeasureAndTheScoreOnceAndItsDeletionTakesItBack() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "touch-" + accountId;
        UUID decisionMaker = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        TestAccounts.announce(accountId, account, "Growth", "ADOPTION");
        announceUser(accountId, decisionMaker, "dm", "DECISION_MAKER");
        announceUser(accountId, member, "member", "MEMBER");
        TestSignals.post(List.of(TestSignals.signal(account, "u1", "email_opened", null, today)));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(account) != null);

        JsonPath before = health(account);
        assertThat(before.getString(MEASURE + ".noData")).isEqualTo("no touchpoints recorded");
        assertThat(before.getString("explanation")).contains("Knows the decision maker (no touchpoints recorded)");
        int scoreBefore = before.getInt("score");

        UUID touchpoint = UUID.randomUUID();
        Instant tenDaysAgo = Instant.now().minus(10, ChronoUnit.DAYS);
        send(accountId, TouchpointRecorded.TYPE, recorded(touchpoint, accountId, 2, tenDaysAgo, decisionMaker));

        await().atMost(Duration.ofSeconds(20))
                .alias("the measure from the touchpoint, and the score with it, within seconds")
                .until(() -> health(account).get(MEASURE + ".rawValue") != null);
        JsonPath after = health(account);
        assertThat(after.getInt(MEASURE + ".rawValue")).isEqualTo(10);
        assertThat(after.getInt(MEASURE + ".points")).isEqualTo(100);
        assertThat(after.getInt("score")).isGreaterThan(scoreBefore);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Integer.toString(after.getInt("score")).equals(stored(account)));

        // The same event again under a new id, and an older version with only a member: neither changes anything.
        String replay =
                send(accountId, TouchpointRecorded.TYPE, recorded(touchpoint, accountId, 2, tenDaysAgo, member));
        String older = send(accountId, TouchpointRecorded.TYPE, recorded(touchpoint, accountId, 1, tenDaysAgo, member));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> HealthDatabase.count("SELECT count(*) FROM processed_event WHERE event_id IN ('" + replay
                                + "', '" + older + "')")
                        == 2);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> HealthDatabase.count(
                                "SELECT count(*) FROM score_change WHERE '" + account + "' = ANY(accounts)")
                        == 0);
        JsonPath replayed = health(account);
        assertThat(replayed.getInt(MEASURE + ".rawValue")).isEqualTo(10);
        assertThat(replayed.getInt("score")).isEqualTo(after.getInt("score"));

        send(accountId, TouchpointDeleted.TYPE, """
                {"touchpointId": "%s", "accountId": "%s", "version": 3, "deletedAt": "%s"}
                """.formatted(touchpoint, accountId, Instant.now()));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "no touchpoints recorded".equals(health(account).getString(MEASURE + ".noData")));
        assertThat(health(account).getInt("score")).isEqualTo(scoreBefore);
    }

    @Test
    void touchpointsWithoutTheDecisionMakerCountTheWholeWindowAndFeedTheOtherMetrics() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "members-" + accountId;
        UUID member = UUID.randomUUID();
        TestAccounts.announce(accountId, account, "Growth", "ADOPTION");
        announceUser(accountId, member, "member", "MEMBER");
        TestSignals.post(List.of(TestSignals.signal(account, "u1", "email_opened", null, today)));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(account) != null);

        Instant now = Instant.now();
        send(
                accountId,
                TouchpointRecorded.TYPE,
                recorded(UUID.randomUUID(), accountId, 1, now.minus(3, ChronoUnit.DAYS), member)
                        .replace("\"POSITIVE\"", "\"NEGATIVE\""));
        send(
                accountId,
                TouchpointRecorded.TYPE,
                recorded(UUID.randomUUID(), accountId, 1, now.minus(1, ChronoUnit.DAYS), member));

        await().atMost(Duration.ofSeconds(20)).until(() -> health(account).get(MEASURE + ".rawValue") != null);
        JsonPath health = health(account);
        assertThat(health.getInt(MEASURE + ".rawValue"))
                .as("no decision maker: the whole window")
                .isEqualTo(90);
        assertThat(health.getInt(MEASURE + ".points")).isZero();

        String scorecard = touchpointScorecard(account);
        try {
            JsonPath figures = Api.as(TestTokens.VIEWER)
                    .get("/api/v1/accounts/{id}/health?scorecardId={s}&version=1", account, scorecard)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(figures.getInt("groups[0].measures.find { it.key == 'since' }.rawValue"))
                    .isEqualTo(1);
            assertThat(figures.getInt("groups[0].measures.find { it.key == 'count' }.rawValue"))
                    .isEqualTo(2);
            assertThat(figures.getDouble("groups[0].measures.find { it.key == 'negative' }.rawValue"))
                    .isEqualTo(0.5);
        } finally {
            Api.as(TestTokens.CS_ADMIN)
                    .delete("/api/v1/scorecards/{id}", scorecard)
                    .then()
                    .statusCode(200);
        }
    }

    /** A scorecard of the other touchpoint metrics, for a plan of its own (no account of other tests is moved). */
    private static String touchpointScorecard(String plan) {
        String linear = "\"scoring\": {\"type\": \"LINEAR\", \"fromValue\": 0, \"fromPoints\": 0, \"toValue\": 10,"
                + " \"toPoints\": 100}";
        return Api.as(TestTokens.CS_ADMIN)
                .contentType("application/json")
                .body("""
                        {"name": "touchpoints-%1$s", "priority": 5, "criteria": {"plans": ["%1$s"]}, "groups": [
                          {"key": "touch", "name": "Touch", "weight": 1, "measures": [
                            {"key": "since", "name": "Since", "metric": "days_since_touchpoint", "windowDays": 30,
                             "weight": 1, %2$s},
                            {"key": "count", "name": "Count", "metric": "touchpoints", "windowDays": 30,
                             "weight": 1, %2$s},
                            {"key": "negative", "name": "Negative", "metric": "negative_touchpoint_share",
                             "windowDays": 30, "weight": 1, %2$s}]}]}
                        """.formatted(plan, linear))
                .post("/api/v1/scorecards")
                .then()
                .statusCode(201)
                .extract()
                .path("scorecard.id");
    }

    private static JsonPath health(String account) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String recorded(UUID touchpoint, UUID account, long version, Instant occurredAt, UUID participant) {
        return """
                {"touchpointId": "%s", "accountId": "%s", "version": %d, "type": "CALL", "occurredAt": "%s",
                 "authorId": "csm-user", "participantUserIds": ["%s"], "sentiment": "POSITIVE",
                 "recordedAt": "%s"}
                """.formatted(touchpoint, account, version, occurredAt, participant, Instant.now());
    }

    /** Sends an event on cta.events as cta-service would; returns its CloudEvent id. */
    private static String send(UUID account, String type, String data) {
        String id = UUID.randomUUID().toString();
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.CTA_EVENTS,
                    account.toString(),
                    data,
                    TopicWriter.cloudEventHeaders(id, type, "/cta-service", account.toString()));
        }
        return id;
    }

    private static void announceUser(UUID account, UUID user, String externalId, String role) throws Exception {
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    account.toString(),
                    """
                    {"userId": "%s", "accountId": "%s", "externalId": "%s", "email": null, "name": null,
                     "role": "%s", "seat": "PAID", "signedUpAt": "2026-11-01T10:00:00Z", "invitedByUserId": null,
                     "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(user, account, externalId, role),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), UserCreated.TYPE, "/account-service", account.toString()));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> HealthDatabase.count("SELECT count(*) FROM user_ref WHERE user_id = '" + user
                                + "' AND role = '" + role + "'")
                        == 1);
    }

    private static String stored(String account) throws Exception {
        return HealthDatabase.value("SELECT score FROM health_score WHERE account_external_id = '" + account + "'");
    }
}
