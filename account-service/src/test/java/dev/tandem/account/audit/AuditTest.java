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
