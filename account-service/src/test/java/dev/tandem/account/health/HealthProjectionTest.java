package dev.tandem.account.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.account.TestAccounts;
import dev.tandem.account.TestHealth;
import dev.tandem.events.Topics;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each account's health as health-service announces it on health.events, seen through the band filter. */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class HealthProjectionTest {

    private static final List<String> BANDS = List.of("RED", "YELLOW", "GREEN", "NA");

    private final String tag = "health" + UUID.randomUUID().toString().substring(0, 8);
    private final TestHealth health = new TestHealth();
    private final Instant now = Instant.now();

    @AfterEach
    void close() {
        health.close();
    }

    @Test
    void aScoreChangeSetsTheBandAnAccountIsFoundBy() {
        TestAccounts.Created red = TestAccounts.createAsAdmin("Red " + tag, "Growth");
        TestAccounts.Created green = TestAccounts.createAsAdmin("Green " + tag, "Growth");
        assertThat(bandOf(red)).isEqualTo("NA");

        health.scoreChanged(red.id(), 30, "RED", now);
        health.scoreChanged(green.id(), 90, "GREEN", now);

        await().atMost(Duration.ofSeconds(20)).until(() -> "RED".equals(bandOf(red)));
        await().atMost(Duration.ofSeconds(20)).until(() -> "GREEN".equals(bandOf(green)));
        assertThat(names("RED", "GREEN")).containsExactlyInAnyOrder("Red " + tag, "Green " + tag);
        assertThat(names("YELLOW", "NA")).isEmpty();

        // Churned: health-service scores it N/A.
        health.scoreChanged(red.id(), null, null, now.plusSeconds(60));
        await().atMost(Duration.ofSeconds(20)).until(() -> "NA".equals(bandOf(red)));
    }

    @Test
    void aChurnedAccountHasNoScoreThoughHealthServiceAnnouncesNoneWhenItChurns() {
        TestAccounts.Created account = TestAccounts.createAsAdmin("Churning " + tag, "Growth");
        LocalDate start = LocalDate.now().minusDays(30);
        TestAccounts.addContractAsAdmin(account.externalId(), "c-1", "12000", start, start.plusYears(1));
        health.scoreChanged(account.id(), 35, "RED", now);
        await().atMost(Duration.ofSeconds(20)).until(() -> "RED".equals(bandOf(account)));

        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"plan": "Growth", "arr": 12000, "currency": "EUR", "seats": 25, "startDate": "%s",
                         "renewalDate": "%s", "status": "CANCELLED"}
                        """.formatted(start, start.plusYears(1)))
                .put("/api/v1/accounts/{id}/contracts/c-1", account.externalId())
                .then()
                .statusCode(200);

        assertThat(bandOf(account)).isEqualTo("NA");
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        TestAccounts.Created account = TestAccounts.createAsAdmin("Redelivered " + tag, "Growth");
        String id = account.id();
        String eventId = health.scoreChanged(id, 30, "RED", now);
        await().atMost(Duration.ofSeconds(20)).until(() -> "RED".equals(bandOf(account)));

        // The same event id again; its data is made to differ (and newer) only so that applying it would show.
        health.send(eventId, id, id, TestHealth.data(id, 90, "GREEN", now.plusSeconds(60)));
        waitUntilEverythingBeforeIsConsumed(id);

        assertThat(bandOf(account)).isEqualTo("RED");
    }

    @Test
    void anOlderScoreDoesNotReplaceANewerOne() {
        TestAccounts.Created account = TestAccounts.createAsAdmin("Reordered " + tag, "Growth");
        String id = account.id();
        health.scoreChanged(id, 90, "GREEN", now);
        await().atMost(Duration.ofSeconds(20)).until(() -> "GREEN".equals(bandOf(account)));

        health.scoreChanged(id, 20, "RED", now.minusSeconds(60));
        health.scoreChanged(id, 10, "RED", now);
        waitUntilEverythingBeforeIsConsumed(id);

        assertThat(bandOf(account))
                .as("older and equally old scores change nothing")
                .isEqualTo("GREEN");
    }

    @Test
    void aScoreChangeThatBreaksItsContractGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        TestAccounts.Created account = TestAccounts.createAsAdmin("After a bad one " + tag, "Growth");
        String id = account.id();
        String outOfRange = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();

        health.send(outOfRange, id, id, TestHealth.data(id, 150, "GREEN", now));
        health.send(unreadable, id, id, "{\"accountId\": \"not an id\"");
        health.scoreChanged(id, 60, "YELLOW", now);

        TopicReader topics = new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
        for (String eventId : List.of(outOfRange, unreadable)) {
            assertThat(topics.find(
                            Topics.deadLetter(Topics.HEALTH_EVENTS),
                            r -> eventId.equals(TopicReader.header(r, "ce_id")),
                            Duration.ofSeconds(30)))
                    .as("event %s on the dead-letter topic", eventId)
                    .isPresent();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "YELLOW".equals(bandOf(account)));
    }

    /**
     * Sends a score of another account on {@code key}'s partition and waits until it shows: records of one partition
     * are consumed in order, so everything sent before on that partition has been consumed too.
     */
    private void waitUntilEverythingBeforeIsConsumed(String key) {
        TestAccounts.Created marker = TestAccounts.createAsAdmin("Marker " + tag, "Growth");
        health.send(
                UUID.randomUUID().toString(),
                key,
                marker.id(),
                TestHealth.data(marker.id(), 55, "YELLOW", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> "YELLOW".equals(bandOf(marker)));
    }

    /** The band whose filter finds the account. */
    private String bandOf(TestAccounts.Created account) {
        String name = Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}", account.externalId())
                .then()
                .extract()
                .path("name");
        return BANDS.stream()
                .filter(band -> names(band).contains(name))
                .findFirst()
                .orElseThrow();
    }

    private List<String> names(String... bands) {
        return Api.as(TestTokens.CSM)
                .queryParam("q", tag)
                .queryParam("band", (Object[]) bands)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name");
    }
}
