package dev.tandem.health.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.events.Topics;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signals become daily figures: counted once, even before the account is known, whichever way they arrive. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ActivityTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    @Test
    void signalsOfAnUnknownAccountAreCountedOnceEvenWhenSentTwice() {
        String account = "new-" + UUID.randomUUID();
        String batch = """
                {"signals": [
                  {"eventId": "1", "accountId": "%1$s", "userId": "ana", "type": "login", "occurredAt": "%2$s"},
                  {"eventId": "2", "accountId": "%1$s", "userId": "ana", "type": "feature_used", "name": "reports",
                   "occurredAt": "%2$s"},
                  {"eventId": "3", "accountId": "%1$s", "userId": "ben", "type": "feature_used", "name": "reports",
                   "occurredAt": "%2$s"},
                  {"eventId": "4", "accountId": "%1$s", "userId": "cleo", "type": "email_opened", "occurredAt": "%2$s"}
                ]}
                """.formatted(account, Instant.now());

        ingest(batch);
        ingest(batch);

        await().atMost(Duration.ofSeconds(20)).until(() -> activity(account).getInt("days.size()") == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> activity(account).getLong("days[0].signals") == 4);
        JsonPath activity = activity(account);
        assertThat(activity.getLong("dailyActive"))
                .as("cleo only opened an email")
                .isEqualTo(2);
        assertThat(activity.getLong("monthlyActive")).isEqualTo(2);
        assertThat(activity.getString("topFeatures[0].feature")).isEqualTo("reports");
        assertThat(activity.getLong("topFeatures[0].uses")).isEqualTo(2);
        assertThat(activity.getString("lastSeenAt")).isNotNull();
    }

    @Test
    void openTicketsNpsTrendAndReportedRoiValues() {
        String account = "engaged-" + UUID.randomUUID();
        Instant now = Instant.now();
        ingest("""
                {"signals": [
                  {"eventId": "t1", "accountId": "%1$s", "type": "ticket_opened", "occurredAt": "%2$s"},
                  {"eventId": "t2", "accountId": "%1$s", "type": "ticket_opened", "occurredAt": "%2$s"},
                  {"eventId": "t3", "accountId": "%1$s", "type": "ticket_opened", "occurredAt": "%2$s"},
                  {"eventId": "t4", "accountId": "%1$s", "type": "ticket_closed", "occurredAt": "%2$s"},
                  {"eventId": "n3", "accountId": "%1$s", "type": "nps_response", "value": 9, "occurredAt": "%2$s"},
                  {"eventId": "r2", "accountId": "%1$s", "type": "roi_reported", "name": "hours-saved", "value": 120,
                   "occurredAt": "%2$s"}
                ]}
                """.formatted(account, now));
        // Answers of the quarter before, older than the REST ingest takes: an integrator's backfill straight to Kafka.
        Instant fourMonthsAgo = now.minus(Duration.ofDays(120));
        try (var writer = new TopicWriter(kafka)) {
            for (String signal : List.of(
                    "{\"eventId\": \"n1\", \"type\": \"nps_response\", \"value\": 4",
                    "{\"eventId\": \"n2\", \"type\": \"nps_response\", \"value\": 6",
                    "{\"eventId\": \"r1\", \"type\": \"roi_reported\", \"name\": \"hours-saved\", \"value\": 40")) {
                writer.send(
                        Topics.SIGNALS_RAW,
                        account,
                        signal + ", \"accountId\": \"" + account + "\", \"occurredAt\": \"" + fourMonthsAgo + "\"}",
                        TopicWriter.cloudEventHeaders(
                                UUID.randomUUID().toString(), Signal.TYPE, "/health-service", account));
            }
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> activity(account).getList("roi").size() == 1
                        && activity(account).getLong("engagement.openTickets") == 2);
        JsonPath activity = activity(account);
        assertThat(activity.getInt("nps.latest")).isEqualTo(9);
        assertThat(activity.getDouble("nps.trend"))
                .as("9 lately against 5 before")
                .isEqualTo(4.0);
        assertThat(activity.getString("roi[0].metric")).isEqualTo("hours-saved");
        assertThat(activity.getDouble("roi[0].value")).as("the latest report").isEqualTo(120.0);
    }

    @Test
    void aBadRecordIsParkedAndTheSignalsAfterItAreCounted() {
        String account = "direct-" + UUID.randomUUID();
        try (var writer = new TopicWriter(kafka)) {
            writer.send(
                    Topics.SIGNALS_RAW,
                    account,
                    "{\"eventId\": \"broken\"",
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), Signal.TYPE, "/health-service", account));
            // An integrator producing straight to the topic, as docs/architecture.md allows.
            writer.send(
                    Topics.SIGNALS_RAW,
                    account,
                    """
                    {"eventId": "ok", "accountId": "%s", "userId": "dan", "type": "login", "occurredAt": "%s"}
                    """.formatted(account, Instant.now()),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), Signal.TYPE, "/health-service", account));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> activity(account).getLong("dailyActive") == 1);
        var parked = new TopicReader(kafka)
                .find(Topics.deadLetter(Topics.SIGNALS_RAW), r -> account.equals(r.key()), Duration.ofSeconds(20));
        assertThat(parked).isPresent();
        assertThat(TopicReader.header(parked.get(), "dead-letter-reason")).contains("does not match");
    }

    @Test
    void emailsSentAreCustomSignalsAndGiveTheOpenRate() {
        String account = "mailed-" + UUID.randomUUID();
        String sentOnly = "unmailed-" + UUID.randomUUID();
        ingest("""
                {"signals": [
                  {"eventId": "s1", "accountId": "%1$s", "userId": "ana", "type": "custom", "name": "email_sent",
                   "occurredAt": "%2$s"},
                  {"eventId": "s2", "accountId": "%1$s", "userId": "ben", "type": "custom", "name": "email_sent",
                   "occurredAt": "%2$s"},
                  {"eventId": "s3", "accountId": "%1$s", "userId": "cleo", "type": "custom", "name": "email_sent",
                   "occurredAt": "%2$s"},
                  {"eventId": "o1", "accountId": "%1$s", "userId": "ana", "type": "email_opened", "occurredAt": "%2$s"},
                  {"eventId": "c1", "accountId": "%1$s", "userId": "ana", "type": "email_clicked",
                   "occurredAt": "%2$s"},
                  {"eventId": "x1", "accountId": "%1$s", "type": "custom", "name": "email_bounced",
                   "occurredAt": "%2$s"},
                  {"eventId": "o2", "accountId": "%3$s", "userId": "dan", "type": "email_opened", "occurredAt": "%2$s"}
                ]}
                """.formatted(account, Instant.now(), sentOnly));

        await().atMost(Duration.ofSeconds(20)).until(() -> activity(account).getLong("engagement.emailsSent") == 3);
        JsonPath activity = activity(account);
        assertThat(activity.getLong("engagement.emailsOpened")).isEqualTo(1);
        assertThat(activity.getLong("engagement.emailsClicked")).isEqualTo(1);
        assertThat(activity.getDouble("engagement.emailOpenRate"))
                .as("1 opened of 3 sent; another custom signal is no send")
                .isEqualTo(0.3333);
        await().atMost(Duration.ofSeconds(20)).until(() -> activity(sentOnly).getLong("engagement.emailsOpened") == 1);
        assertThat(activity(sentOnly).getString("engagement.emailOpenRate"))
                .as("no email sent: no rate, not a rate of zero")
                .isNull();
        assertThat(activity(sentOnly).getLong("engagement.emailsSent")).isZero();
    }

    @Test
    void theWindowIsBounded() {
        Api.as(TestTokens.CSM)
                .queryParam("days", 0)
                .get("/api/v1/accounts/{id}/activity", "any")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("days"));
        Api.asClient("product-analytics")
                .get("/api/v1/accounts/{id}/activity", "any")
                .then()
                .statusCode(403);
    }

    private static void ingest(String batch) {
        Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body(batch)
                .post("/api/v1/signals")
                .then()
                .statusCode(202);
    }

    private static JsonPath activity(String account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/activity", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
