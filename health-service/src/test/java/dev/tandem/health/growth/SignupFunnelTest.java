package dev.tandem.health.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.StageChanged;
import dev.tandem.health.TestAccounts;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
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

/** Free sign-ups that activate and convert, and NPS by cohort, over the whole portfolio. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class SignupFunnelTest {

    private final Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));

    @Test
    void signupsActivateConvertAndAnswerNpsByCohort() {
        JsonPath before = metrics();
        String cohort = "2031-0" + (1 + (int) (Math.random() * 9));
        UUID activeId = UUID.randomUUID();
        String active = "funnel-active-" + activeId;
        String once = "funnel-once-" + UUID.randomUUID();
        String idle = "funnel-idle-" + UUID.randomUUID();
        signUp(activeId, active);
        signUp(UUID.randomUUID(), once);
        signUp(UUID.randomUUID(), idle);
        convert(activeId, cohort);
        List<String> signals = new ArrayList<>();
        for (int day = 2; day <= 4; day++) {
            signals.add(signal(active, "login", null, tenDaysAgo.plus(Duration.ofDays(day))));
        }
        signals.add(signal(once, "login", null, tenDaysAgo.plus(Duration.ofDays(1))));
        signals.add(signal(active, "nps_response", 10.0, Instant.now()));
        signals.add(signal(active, "nps_response", 3.0, Instant.now()));
        TestAccounts.post("{\"signals\": [" + String.join(",", signals) + "]}");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> metrics().getMap("npsByCohort").containsKey(cohort)
                        && metrics().getLong("activatedSignups") == before.getLong("activatedSignups") + 1);
        JsonPath after = metrics();

        assertThat(after.getLong("signups")).isEqualTo(before.getLong("signups") + 3);
        assertThat(after.getLong("convertedSignups")).isEqualTo(before.getLong("convertedSignups") + 1);
        assertThat(after.getDouble("conversionRate"))
                .isEqualTo(
                        Math.round(10_000.0 * after.getLong("convertedSignups") / after.getLong("signups")) / 10_000.0);
        assertThat(after.getInt("npsByCohort.'" + cohort + "'"))
                .as("one promoter, one detractor")
                .isZero();
    }

    @Test
    void anAccountsOwnFiguresLeaveThePortfolioFiguresOut() {
        JsonPath one = Api.as(TestTokens.VIEWER)
                .get("/api/v1/growth-metrics?accountId=someone")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(one.getString("signups")).isNull();
        assertThat(one.getString("npsByCohort")).isNull();
    }

    private void signUp(UUID accountId, String externalId) {
        send(accountId, AccountCreated.TYPE, """
                {"accountId": "%s", "externalId": "%s", "name": "Funnel", "industry": null, "employeeBand": null,
                 "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "FREE", "stage": "FREE",
                 "touchModel": "TECH", "community": false, "csmId": null, "cohort": null, "occurredAt": "%s"}
                """.formatted(accountId, externalId, tenDaysAgo));
    }

    private void convert(UUID accountId, String cohort) {
        send(accountId, StageChanged.TYPE, """
                {"accountId": "%s", "previousStage": "FREE", "stage": "ONBOARDING", "reason": "first paid contract",
                 "changedAt": "%s"}
                """.formatted(accountId, tenDaysAgo.plus(Duration.ofDays(5))));
        // The cohort is the month of the first paid contract; an update carries it.
        send(accountId, "dev.tandem.account.updated.v1", """
                {"accountId": "%s", "externalId": "funnel-active-%1$s", "name": "Funnel", "industry": null,
                 "employeeBand": null, "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "Growth",
                 "stage": "ONBOARDING", "touchModel": "LOW", "community": false, "csmId": null, "cohort": "%s",
                 "occurredAt": "%s", "previous": {"plan": "FREE"}}
                """.formatted(
                        accountId, cohort, tenDaysAgo.plus(Duration.ofDays(5))));
    }

    private static void send(UUID accountId, String type, String data) {
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    data,
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), type, "/account-service", accountId.toString()));
        }
    }

    private static String signal(String account, String type, Double value, Instant at) {
        return """
                {"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "%s", %s "occurredAt": "%s"}
                """.formatted(UUID.randomUUID(), account, type, value == null ? "" : "\"value\": " + value + ",", at);
    }

    private static JsonPath metrics() {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/growth-metrics?days=30")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
