package dev.tandem.health.pql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.events.Topics;
import dev.tandem.events.health.UserPqlChanged;
import dev.tandem.health.TestAccounts;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * End users of free accounts scored on their own seriousness, on the PQL scorecard that judges their account, from
 * their own daily counts; ranked for sales and announced when they cross the threshold.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class UserPqlTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
    private final Instant now = Instant.now();

    @Test
    void aSeriousUserQualifiesIsAnnouncedAndRankedAboveATourist() {
        UUID accountId = UUID.randomUUID();
        String account = "team-" + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        List<String> signals = seriousUse(account, "ana");
        signals.add(signal(account, "bob", "login", null, 0));
        TestAccounts.post(batch(signals));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> userPql(account, "ana").getBoolean("qualified"));
        JsonPath ana = userPql(account, "ana");
        assertThat(ana.getInt("score")).isGreaterThanOrEqualTo(70);
        assertThat(ana.getInt("qualifyAt")).isEqualTo(70);
        assertThat(ana.getString("scorecardName")).isEqualTo("Seriousness (PQL)");
        assertThat(ana.getList("detail.groups.key")).contains("activity", "virality");
        JsonPath bob = userPql(account, "bob");
        assertThat(bob.getInt("score")).isLessThan(70);
        assertThat(bob.getBoolean("qualified")).isFalse();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> usersOf(account).getList("items.user").equals(List.of("ana", "bob")));
        JsonPath ranked = usersOf(account);
        assertThat(ranked.getList("items.qualified")).containsExactly(true, false);
        assertThat(ranked.getInt("items[0].score")).isEqualTo(ana.getInt("score"));
        List<Map<String, Object>> leads = Api.as(TestTokens.VIEWER)
                .get("/api/v1/pql-users?first=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(leads)
                .anySatisfy(lead ->
                        assertThat(lead).containsEntry("account", account).containsEntry("user", "ana"));
        assertThat(leads)
                .noneSatisfy(lead ->
                        assertThat(lead).containsEntry("account", account).containsEntry("user", "bob"));

        var announced = topics.find(
                Topics.HEALTH_EVENTS,
                r -> accountId.toString().equals(r.key())
                        && UserPqlChanged.TYPE.equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains("\"userExternalId\":\"ana\"")
                        && r.value().contains("\"qualified\":true"),
                Duration.ofSeconds(20));
        assertThat(announced)
                .as("ana's crossing announced under the Tandem account id")
                .isPresent();
    }

    @Test
    void usersOfAnAccountThatStartsPayingAreNoLongerLeads() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "converting-" + accountId;
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        TestAccounts.post(batch(seriousUse(account, "ana")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> usersOf(account).getList("items.user").contains("ana"));

        TestAccounts.announce(accountId, account, "Growth", "ONBOARDING");
        await().atMost(Duration.ofSeconds(20)).until(() -> "Growth".equals(planOf(account)));
        // The account is rescored with its next signal, and a paying account's users go with its PQL.
        TestAccounts.post(batch(List.of(signal(account, "bob", "login", null, 0))));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> usersOf(account).getList("items").isEmpty());
        JsonPath ana = userPql(account, "ana");
        assertThat(ana.getString("score")).isNull();
        assertThat(ana.getBoolean("qualified")).isFalse();
        assertThat(ana.getString("detail.explanation")).contains("No PQL scorecard");
    }

    @Test
    void aPayingAccountsUsersHaveNoPqlAndAreScoredFromWhatTheyDidOnceItIsJudged() throws Exception {
        UUID accountId = UUID.randomUUID();
        String account = "downgrading-" + accountId;
        TestAccounts.announce(accountId, account, "Growth", "ADOPTION");
        TestAccounts.post(batch(seriousUse(account, "ana")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM health_score WHERE account_external_id = ?", account) == 1);
        assertThat(count("SELECT count(*) FROM user_signal_day WHERE account_external_id = ?", account))
                .as("ana's activity is counted")
                .isPositive();
        assertThat(count("SELECT count(*) FROM user_pql_score WHERE account_external_id = ?", account))
                .as("no PQL scorecard judges a paying account: its users have no PQL score")
                .isZero();

        // Back on the free plan: a PQL scorecard judges the account, and its users are scored from what they did.
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> userPql(account, "ana").getBoolean("qualified"));
    }

    @Test
    void theEmailOpenRateIsAMetricForAccountsAndUsersWithNoValueWithoutSends() {
        String plan = "mailing-" + UUID.randomUUID();
        String scorecard = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Opens %1$s", "priority": 10, "purpose": "PQL", "qualifyAt": 50,
                         "criteria": {"plans": ["%1$s"]},
                         "groups": [{"key": "email", "name": "Email", "weight": 1, "measures": [
                           {"key": "open-rate", "name": "Open rate", "metric": "email_open_rate", "windowDays": 30,
                            "weight": 1, "scoring": {"type": "LINEAR", "fromValue": 0, "fromPoints": 0,
                                                     "toValue": 1, "toPoints": 100}}]}]}
                        """.formatted(plan))
                .post("/api/v1/scorecards")
                .then()
                .statusCode(201)
                .extract()
                .path("scorecard.id");
        String mailed = "mailed-" + UUID.randomUUID();
        String unmailed = "unmailed-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), mailed, plan, "FREE");
        TestAccounts.announce(UUID.randomUUID(), unmailed, plan, "FREE");
        TestAccounts.post(batch(List.of(
                signal(mailed, "cleo", "custom", "email_sent", 1),
                signal(mailed, "cleo", "custom", "email_sent", 0),
                signal(mailed, "cleo", "email_opened", null, 0),
                signal(mailed, "dan", "email_opened", null, 0),
                signal(unmailed, "eve", "email_opened", null, 0))));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> usersOf(mailed).getList("items.user").contains("cleo"));
        assertThat(userPql(mailed, "cleo").getInt("score"))
                .as("1 opened of 2 sent")
                .isEqualTo(50);
        assertThat(userPql(mailed, "dan").getString("score"))
                .as("dan was sent nothing: no data, not zero")
                .isNull();
        assertThat(accountPql(mailed).getInt("score"))
                .as("the account: 2 opened of 2 sent")
                .isEqualTo(100);
        assertThat(accountPql(unmailed).getString("score")).isNull();
        assertThat(usersOf(mailed).getList("items.user"))
                .as("a user without a score is not ranked")
                .containsExactly("cleo");

        Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/scorecards/{id}", scorecard)
                .then()
                .statusCode(200);
    }

    @Test
    void idsAreCheckedAndIntegratorsReadNoUserScores() {
        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/users/{u}/pql", "acme", "not a user id")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("userId"));
        Api.as(TestTokens.CSM)
                .get("/api/v1/pql-users?after=not-a-cursor")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
        Api.asClient("product-analytics")
                .get("/api/v1/accounts/{a}/pql-users", "acme")
                .then()
                .statusCode(403);
    }

    private List<String> seriousUse(String account, String user) {
        List<String> signals = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            signals.add(signal(account, user, "login", null, day));
            for (int use = 0; use < 5; use++) {
                signals.add(signal(account, user, "feature_used", "reports", day));
            }
        }
        for (int i = 0; i < 3; i++) {
            signals.add(signal(account, user, "invite_sent", null, 1));
        }
        signals.add(signal(account, user, "event_attended", "webinar", 2));
        for (int i = 0; i < 5; i++) {
            signals.add(signal(account, user, "website_visit", "/pricing", 0));
        }
        return signals;
    }

    private String signal(String account, String user, String type, String name, int daysAgo) {
        return """
                {"eventId": "%s", "accountId": "%s", "userId": "%s", "type": "%s", %s "occurredAt": "%s"}
                """.formatted(
                        UUID.randomUUID(),
                        account,
                        user,
                        type,
                        name == null ? "" : "\"name\": \"" + name + "\",",
                        now.minus(Duration.ofDays(daysAgo)));
    }

    private static String batch(List<String> signals) {
        return "{\"signals\": [" + String.join(",", signals) + "]}";
    }

    private static JsonPath userPql(String account, String user) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/users/{u}/pql", account, user)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath accountPql(String account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/pql", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath usersOf(String account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/pql-users?first=200", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long count(String sql, String account) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, account);
            var row = statement.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    private static String planOf(String account) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var statement = connection.prepareStatement("SELECT plan FROM account_ref WHERE external_id = ?")) {
            statement.setString(1, account);
            var row = statement.executeQuery();
            return row.next() ? row.getString(1) : null;
        }
    }
}
