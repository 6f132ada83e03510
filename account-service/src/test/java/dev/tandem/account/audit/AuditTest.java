package dev.tandem.account.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.account.TestAccounts;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class AuditTest {

    @Test
    void everyChangeIsRecordedWithWhoMadeItNewestFirst() {
        String account = TestAccounts.create("Audit Test", "TRIAL");
        TestAccounts.addContract(
                account,
                "c-1",
                "12000",
                LocalDate.now().minusDays(2),
                LocalDate.now().plusYears(1));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Audit Test Renamed\", \"plan\": \"TRIAL\"}")
                .put("/api/v1/accounts/{id}", account)
                .then()
                .statusCode(200);

        var page = Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/audit", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<String> actions = page.getList("items.action");
        assertThat(actions)
                .containsExactly(
                        "account.updated", "stage.changed", "segment.changed", "contract.started", "account.created");
        assertThat(page.getString("items[0].actor")).isEqualTo("cs-admin-user");
        assertThat(page.getString("items[4].actor")).isEqualTo("service-account-test-setup");
        assertThat(page.getString("items[4].client")).isEqualTo("test-setup");
        assertThat(page.getString("items[1].summary")).contains("TRIAL -> ONBOARDING");
    }

    @Test
    void contractChangesAreListedNewestFirstAtOrBeforeATime() {
        String account = TestAccounts.create("Contract Changes", "TRIAL");
        LocalDate start = LocalDate.now().minusDays(2);
        TestAccounts.addContract(account, "c-1", "12000", start, LocalDate.now().plusYears(1));
        TestAccounts.addContract(account, "c-2", "3000", start, LocalDate.now().plusYears(1));
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"plan\": \"Growth\", \"arr\": 15000, \"currency\": \"EUR\", \"seats\": 12,"
                        + " \"startDate\": \"" + start + "\", \"renewalDate\": \""
                        + LocalDate.now().plusYears(2)
                        + "\"}")
                .put("/api/v1/accounts/{id}/contracts/{contract}", account, "c-1")
                .then()
                .statusCode(200);

        var all = changes(account, "");
        assertThat(all.getList("change")).containsExactly("RENEWED", "STARTED", "STARTED");
        assertThat(all.getString("[0].summary")).startsWith("contract c-1 renewed: 15000");
        assertThat(all.getString("[2].summary")).startsWith("contract c-1 started");

        var older = changes(account, "?before=" + all.getString("[1].occurredAt") + "&limit=1");
        assertThat(older.getList("summary")).hasSize(1);
        assertThat(older.getString("[0].occurredAt")).isEqualTo(all.getString("[1].occurredAt"));

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}/contract-changes?limit=0", account)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}/contract-changes", "no-such-account")
                .then()
                .statusCode(404);
    }

    private static io.restassured.path.json.JsonPath changes(String account, String query) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}/contract-changes" + query, account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theTrailIsForPeopleNotIntegrators() {
        String account = TestAccounts.create("Audit Roles", "FREE");

        Api.asClient("crm-sync")
                .get("/api/v1/accounts/{id}/audit", account)
                .then()
                .statusCode(403);
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}/audit", "no-such-account")
                .then()
                .statusCode(404);
    }
}
