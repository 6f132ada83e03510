package dev.tandem.health.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A CSM sees an account's end users: who uses the product most, who only reads the emails, and each one's days. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class UserActivityTest {

    @Test
    void usersMostActiveFirstPagedAndOneUsersDays() {
        String account = "people-" + UUID.randomUUID();
        Instant now = Instant.now();
        Instant yesterday = now.minus(Duration.ofDays(1));
        Instant twoDaysAgo = now.minus(Duration.ofDays(2));
        Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body("""
                        {"signals": [
                          {"eventId": "%s", "accountId": "%s", "userId": "ada", "type": "login", "occurredAt": "%s"},
                          {"eventId": "%s", "accountId": "%s", "userId": "ada", "type": "login", "occurredAt": "%s"},
                          {"eventId": "%s", "accountId": "%s", "userId": "ada", "type": "feature_used",
                           "name": "reports", "occurredAt": "%s"},
                          {"eventId": "%s", "accountId": "%s", "userId": "bob", "type": "login", "occurredAt": "%s"},
                          {"eventId": "%s", "accountId": "%s", "userId": "cy", "type": "email_opened",
                           "occurredAt": "%s"}
                        ]}
                        """.formatted(
                                UUID.randomUUID(),
                                account,
                                now,
                                UUID.randomUUID(),
                                account,
                                yesterday,
                                UUID.randomUUID(),
                                account,
                                twoDaysAgo,
                                UUID.randomUUID(),
                                account,
                                now,
                                UUID.randomUUID(),
                                account,
                                now))
                .post("/api/v1/signals")
                .then()
                .statusCode(202);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> users(account, "days=30").getList("items").size() == 3);
        JsonPath all = users(account, "days=30");
        assertThat(all.getList("items.userId")).containsExactly("ada", "bob", "cy");
        assertThat(all.getList("items.activeDays", Integer.class)).containsExactly(3, 1, 0);
        // Only an email opened: a user, but no product use and so no last seen.
        assertThat(all.getString("items[2].lastSeenAt")).isNull();
        assertThat(all.getInt("items[2].signals")).isEqualTo(1);

        JsonPath first = users(account, "days=30&first=2");
        assertThat(first.getList("items.userId")).containsExactly("ada", "bob");
        assertThat(first.getBoolean("hasMore")).isTrue();
        JsonPath rest = users(account, "days=30&first=2&after=" + first.getString("nextCursor"));
        assertThat(rest.getList("items.userId")).containsExactly("cy");
        assertThat(rest.getBoolean("hasMore")).isFalse();

        JsonPath ada = Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{account}/users/{user}/activity?days=7", account, "ada")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(ada.getInt("activeDays")).isEqualTo(3);
        assertThat(ada.getInt("logins")).isEqualTo(2);
        assertThat(ada.getInt("featureUses")).isEqualTo(1);
        assertThat(ada.getList("days")).hasSize(3);
        assertThat(ada.getString("lastSeenAt")).isNotNull();

        // A window of one day: today's use only.
        JsonPath today = users(account, "days=1");
        assertThat(today.getList("items.userId")).containsExactly("ada", "bob", "cy");
        assertThat(today.getList("items.activeDays", Integer.class)).containsExactly(1, 1, 0);
    }

    @Test
    void aWindowOutOfRangeIsRefusedNamingIt() {
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{account}/users?days=0", "any")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("days"));
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{account}/users?after=not-a-cursor", "any")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static JsonPath users(String account, String query) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{account}/users?" + query, account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
