package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.events.Topics;
import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.health.HealthDatabase;
import dev.tandem.health.TestAccounts;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signals in, a fresh score out on health.events within seconds, and nothing when nothing changed. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ScoreRefreshTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();
    private final TopicReader topics = new TopicReader(kafka);

    @Test
    void newSignalsRescoreTheAccountAndAChangedScoreIsAnnouncedOnce() {
        UUID accountId = UUID.randomUUID();
        String account = "fresh-" + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        String batch = """
                {"signals": [
                  {"eventId": "a", "accountId": "%1$s", "userId": "ana", "type": "login", "occurredAt": "%2$s"},
                  {"eventId": "b", "accountId": "%1$s", "userId": "ana", "type": "feature_used", "name": "reports",
                   "occurredAt": "%2$s"}
                ]}
                """.formatted(account, Instant.now());

        TestAccounts.post(batch);
        // Announced before its signals came, the account had nothing to score: its first event is its first score.
        await().atMost(Duration.ofSeconds(20)).until(() -> scoreEvents(accountId, Duration.ofMillis(500)) == 1);

        // The same signals again: counted once, so nothing changes and nothing is announced.
        TestAccounts.post(batch);
        assertThat(scoreEvents(accountId, Duration.ofSeconds(4))).isEqualTo(1);
        var event = topics.find(
                Topics.HEALTH_EVENTS,
                r -> accountId.toString().equals(r.key()) && ScoreChanged.TYPE.equals(TopicReader.header(r, "ce_type")),
                Duration.ofSeconds(1));
        assertThat(event).isPresent();
        assertThat(event.get().value()).contains("\"previousScore\":null").contains("\"dimensions\":[");
        // The metrics' values come with the score, for those who follow a metric (success plans): days of use in
        // DEAR's 30-day window; no NPS answers, so no average (N/A), not 0.
        assertThat(event.get().value())
                .contains("{\"metric\":\"active_days\",\"windowDays\":30,\"value\":1")
                .contains("{\"metric\":\"nps_average\",\"windowDays\":180,\"value\":null}");
    }

    @Test
    void anAccountThatChurnsAfterBeingScoredIsRescoredToNotApplicableWithoutAnAnnouncement() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "churning-" + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        TestAccounts.post(login(account, "first"));
        await().atMost(Duration.ofSeconds(20)).until(() -> scoredEvents(accountId) == 1);
        long announced = scoreEvents(accountId, Duration.ofMillis(500));

        try (var writer = new TopicWriter(kafka)) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"accountId": "%s", "previousStage": "FREE", "stage": "CHURNED", "reason": "test",
                     "changedAt": "%s"}
                    """.formatted(accountId, Instant.now()),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), StageChanged.TYPE, "/account-service", accountId.toString()));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "CHURNED"
                        .equals(HealthDatabase.value(
                                "SELECT stage FROM account_ref" + " WHERE account_id = '" + accountId + "'")));
        TestAccounts.post(login(account, "second"));

        // A churned account has no scorecard: its score is stored as N/A, and no score-changed event (which names the
        // scorecard) can be made of it, so none is sent, and the rest of its batch is rescored as usual.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> HealthDatabase.value(
                                "SELECT 1 FROM health_score WHERE score IS NULL AND account_external_id = '" + account
                                        + "'")
                        != null);
        // Rescored like any other: no change naming it is left waiting (the login may be rescored after the churn).
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "0"
                        .equals(HealthDatabase.value(
                                "SELECT count(*) FROM score_change WHERE '" + account + "' = ANY(accounts)")));
        assertThat(scoreEvents(accountId, Duration.ofSeconds(2))).isEqualTo(announced);
    }

    @Test
    void moreSeatsBoughtRescoreTheAccountWithoutAnyNewSignal() throws Exception {
        UUID accountId = UUID.randomUUID();
        UUID contractId = UUID.randomUUID();
        String account = "seats-" + accountId;
        TestAccounts.announce(accountId, account, "Growth", "ADOPTION");
        contract(accountId, contractId, ContractStarted.TYPE, 4);
        for (String user : new String[] {"ana", "ben", "cy"}) {
            TestAccounts.post(login(account, user, user));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "0.75".equals(seatUse(account)));
        await().atMost(Duration.ofSeconds(20)).until(() -> liveScore(account).equals(storedScore(account)));
        String before = storedScore(account);

        contract(accountId, contractId, ContractChanged.TYPE, 30);

        await().atMost(Duration.ofSeconds(20)).until(() -> "0.1".equals(seatUse(account)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !before.equals(storedScore(account)));
        assertThat(storedScore(account)).isEqualTo(liveScore(account));
    }

    private void contract(UUID accountId, UUID contractId, String type, int seats) {
        try (var writer = new TopicWriter(kafka)) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"contractId": "%s", "accountId": "%s", "plan": "Growth", "arr": 30000, "currency": "EUR",
                     "seats": %d, "startDate": "2026-11-01", "renewalDate": "2027-11-01", "autoRenew": true,
                     "status": "ACTIVE", "endReason": null, "occurredAt": "%s"}
                    """.formatted(contractId, accountId, seats, Instant.now()),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), type, "/account-service", accountId.toString()));
        }
    }

    private static String seatUse(String account) {
        Object value = Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .path("groups.find { it.key == 'deployment' }.measures.find { it.key == 'seat-use' }.rawValue");
        return value == null
                ? null
                : new java.math.BigDecimal(value.toString())
                        .stripTrailingZeros()
                        .toPlainString();
    }

    private static String liveScore(String account) {
        return String.valueOf(Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .<Object>path("score"));
    }

    private static String storedScore(String account) throws Exception {
        return HealthDatabase.value("SELECT score FROM health_score WHERE account_external_id = '" + account + "'");
    }

    private static String login(String account, String user, String eventId) {
        return """
                {"signals": [{"eventId": "%s-%s", "accountId": "%s", "userId": "%s", "type": "login",
                  "occurredAt": "%s"}]}
                """.formatted(account, eventId, account, user, Instant.now());
    }

    private static String login(String account, String eventId) {
        return """
                {"signals": [{"eventId": "%s-%s", "accountId": "%s", "userId": "ana", "type": "login",
                  "occurredAt": "%s"}]}
                """.formatted(account, eventId, account, Instant.now());
    }

    /** Score changes with a score, not N/A. */
    private long scoredEvents(UUID accountId) {
        return topics.findAll(
                        Topics.HEALTH_EVENTS,
                        r -> accountId.toString().equals(r.key())
                                && ScoreChanged.TYPE.equals(TopicReader.header(r, "ce_type"))
                                && hasScore(r.value()),
                        Duration.ofMillis(500))
                .size();
    }

    /** Whether the event's score is one, not N/A: its groups may be N/A either way. */
    private static boolean hasScore(String event) {
        try {
            return new ObjectMapper().readTree(event).path("score").isNumber();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long scoreEvents(UUID accountId, Duration wait) {
        return topics.findAll(
                        Topics.HEALTH_EVENTS,
                        r -> accountId.toString().equals(r.key())
                                && ScoreChanged.TYPE.equals(TopicReader.header(r, "ce_type")),
                        wait)
                .size();
    }
}
