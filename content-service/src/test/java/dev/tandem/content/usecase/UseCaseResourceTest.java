package dev.tandem.content.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "content")
class UseCaseResourceTest {

    @Test
    void useCasesAreRankedByTheTimeContentWouldSaveAndPagedWithoutGapsOrRepeats() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create("Export reports " + tag, 120, 10).statusCode(201).body("priority", equalTo(1200));
        create("SSO setup " + tag, 5, 90).statusCode(201).body("priority", equalTo(450));
        create("Bulk import " + tag, 40, 30).statusCode(201).body("priority", equalTo(1200));

        List<String> names = new ArrayList<>();
        List<Long> priorities = new ArrayList<>();
        String after = null;
        do {
            var request = Api.as(TestTokens.CS_ADMIN).queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/use-cases")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            names.addAll(page.getList("items.name"));
            priorities.addAll(page.getList("items.priority", Long.class));
            after = page.getString("nextCursor");
        } while (after != null);

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).contains("Export reports " + tag, "SSO setup " + tag, "Bulk import " + tag);
        assertThat(priorities).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(names.indexOf("SSO setup " + tag))
                .isGreaterThan(names.indexOf("Export reports " + tag))
                .isGreaterThan(names.indexOf("Bulk import " + tag));
    }

    @Test
    void invalidUseCaseNamesEveryBadField() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"questionsPerMonth\": -1}")
                .post("/api/v1/use-cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "questionsPerMonth", "minutesPerCustomer"));
    }

    @Test
    void duplicateNameIsAConflict() {
        String name = "Webhooks " + UUID.randomUUID();
        create(name, 3, 20).statusCode(201);
        create(name.toUpperCase(), 3, 20).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void pageSizeAndCursorAreValidated() {
        Api.as(TestTokens.CS_ADMIN)
                .queryParam("first", 0)
                .get("/api/v1/use-cases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("first"));
        Api.as(TestTokens.CS_ADMIN)
                .queryParam("first", 201)
                .get("/api/v1/use-cases")
                .then()
                .statusCode(400);
        Api.as(TestTokens.CS_ADMIN)
                .queryParam("after", "garbage!")
                .get("/api/v1/use-cases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    private static io.restassured.response.ValidatableResponse create(String name, int questions, int minutes) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "questionsPerMonth": %d, "minutesPerCustomer": %d}
                        """.formatted(name, questions, minutes))
                .post("/api/v1/use-cases")
                .then();
    }
}
