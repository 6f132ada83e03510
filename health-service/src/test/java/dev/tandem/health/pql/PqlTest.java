package dev.tandem.health.pql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.health.TestAccounts;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Free accounts scored on their seriousness by the ready-made PQL scorecard, and handed to sales when qualified. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class PqlTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
    private final Instant now = Instant.now();

    @Test
    void aSeriousFreeAccountQualifiesIsAnnouncedAndListedForSales() {
        UUID accountId = UUID.randomUUID();
        String account = "serious-" + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        List<String> signals = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            signals.add(signal(account, "login", null, day));
            for (int use = 0; use < 5; use++) {
                signals.add(signal(account, "feature_used", "reports", day));
            }
        }
        for (int i = 0; i < 3; i++) {
            signals.add(signal(account, "invite_sent", null, 1));
        }
        signals.add(signal(account, "event_attended", "webinar", 2));
        for (int i = 0; i < 5; i++) {
            signals.add(signal(account, "website_visit", "/pricing", 0));
        }
        TestAccounts.post("{\"signals\": [" + String.join(",", signals) + "]}");

        await().atMost(Duration.ofSeconds(20)).until(() -> pql(account).getBoolean("qualified"));
        JsonPath pql = pql(account);
        assertThat(pql.getInt("score")).isGreaterThanOrEqualTo(70);
        assertThat(pql.getInt("qualifyAt")).isEqualTo(70);
        assertThat(pql.getString("scorecardName")).isEqualTo("Seriousness (PQL)");
        assertThat(pql.getList("detail.groups.key")).contains("activity", "virality");

        var announced = topics.find(
                Topics.HEALTH_EVENTS,
                // The batch may be counted over more than one poll, each announcing the score it reached: the crossing
                // is the one that says qualified.
                r -> accountId.toString().equals(r.key())
                        && PqlChanged.TYPE.equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains("\"qualified\":true"),
                Duration.ofSeconds(20));
        assertThat(announced).isPresent();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Api.as(TestTokens.CSM)
                        .get("/api/v1/pql-accounts?first=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.account")
                        .contains(account));
    }

    @Test
    void aBarelyActiveFreeAccountDoesNotQualify() {
        String account = "tourist-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), account, "FREE", "FREE");
        TestAccounts.post("{\"signals\": [" + signal(account, "login", null, 0) + "]}");

        await().atMost(Duration.ofSeconds(20)).until(() -> pql(account).getString("score") != null);

        assertThat(pql(account).getInt("score")).isLessThan(70);
        assertThat(pql(account).getBoolean("qualified")).isFalse();
    }

    @Test
    void aPayingAccountHasNoPqlScore() {
        String account = "paying-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), account, "Growth", "ADOPTION");

        JsonPath pql = pql(account);

        assertThat(pql.getString("score")).isNull();
        assertThat(pql.getBoolean("qualified")).isFalse();
        assertThat(pql.getString("detail.explanation")).contains("No PQL scorecard");
    }

    private String signal(String account, String type, String name, int daysAgo) {
        return """
                {"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "%s", %s "occurredAt": "%s"}
                """.formatted(
                        UUID.randomUUID(),
                        account,
                        type,
                        name == null ? "" : "\"name\": \"" + name + "\",",
                        now.minus(Duration.ofDays(daysAgo)));
    }

    private static JsonPath pql(String account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/pql", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
