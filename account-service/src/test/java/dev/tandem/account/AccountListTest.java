package dev.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class AccountListTest {

    private final String tag = "list" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void pagesWalkEveryMatchingAccountOnceInNameOrder() {
        for (String name : List.of("Delta", "alpha", "Charlie", "bravo", "Echo")) {
            account(name + " " + tag, "Starter");
        }

        List<String> names = new ArrayList<>();
        String after = null;
        do {
            var request = Api.as(TestTokens.VIEWER).queryParam("q", tag).queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/accounts")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            names.addAll(page.getList("items.name"));
            after = page.getString("nextCursor");
        } while (after != null);

        assertThat(names)
                .containsExactly("alpha " + tag, "bravo " + tag, "Charlie " + tag, "Delta " + tag, "Echo " + tag);
    }

    @Test
    void filtersCombine() {
        String paying = account("Paying " + tag, "Growth");
        account("Free " + tag, "FREE");
        Api.asClient("billing-sync")
                .contentType(ContentType.JSON)
                .body("""
                        {"plan": "Growth", "arr": 20000, "currency": "EUR", "seats": 10, "startDate": "%s",
                         "renewalDate": "%s"}
                        """.formatted(
                                LocalDate.now().minusDays(1), LocalDate.now().plusDays(60)))
                .put("/api/v1/accounts/{id}/contracts/c-1", paying)
                .then()
                .statusCode(201);

        Api.as(TestTokens.CSM)
                .queryParam("q", tag)
                .queryParam("stage", "ONBOARDING")
                .queryParam("touchModel", "LOW")
                .queryParam("renewalBefore", LocalDate.now().plusDays(90).toString())
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items.externalId", equalTo(List.of(paying)));
        Api.as(TestTokens.CSM)
                .queryParam("q", tag)
                .queryParam("plan", "FREE")
                .get("/api/v1/accounts")
                .then()
                .body("items.name", equalTo(List.of("Free " + tag)));
    }

    @Test
    void aNameSearchTakesWildcardCharactersLiterally() {
        account("100% Cotton " + tag, "FREE");
        account("100 Percent " + tag, "FREE");

        Api.as(TestTokens.VIEWER)
                .queryParam("q", "100%")
                .get("/api/v1/accounts")
                .then()
                .body("items.name", hasItems("100% Cotton " + tag))
                .body("items.name.findAll { it.contains('Percent') }.size()", equalTo(0));
    }

    @Test
    void wrongFilterValuesAreNamed() {
        Api.as(TestTokens.VIEWER)
                .queryParam("stage", "SLEEPING")
                .queryParam("renewalBefore", "next week")
                .get("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("stage", "renewalBefore"));
    }

    private static String account(String name, String plan) {
        return TestAccounts.create(name, plan);
    }
}
