package dev.tandem.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.tandem.content.Fixtures;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "content")
class ContentItemResourceTest {

    @Test
    void searchRanksTitleMatchesFirstAndLeavesOutDraftsAndNonMatches() {
        String word = Fixtures.word();
        UUID inTitle =
                Fixtures.item(item("ARTICLE", "Single sign-on with Okta " + word, "Steps for the admin.", "PUBLISHED"));
        UUID inBody = Fixtures.item(
                item("FAQ", "Admin handbook " + word, "How to configure single sign-on for your team.", "PUBLISHED"));
        Fixtures.item(item("ARTICLE", "Exporting reports " + word, "Schedule a weekly export.", "PUBLISHED"));
        UUID draft = Fixtures.item(item("ARTICLE", "Single sign-on, the draft " + word, "Not ready.", "DRAFT"));

        JsonPath found = search(TestTokens.CSM, "single sign-on " + word);
        assertThat(found.getList("items.id")).containsExactly(inTitle.toString(), inBody.toString());
        assertThat(found.getDouble("items[0].rank")).isGreaterThan(found.getDouble("items[1].rank"));

        assertThat(search(TestTokens.CS_ADMIN, "single sign-on " + word).getList("items.id"))
                .as("admins search drafts too")
                .contains(draft.toString());
        assertThat(search(TestTokens.VIEWER, "configuring " + word).getList("items.id"))
                .as("English stemming: configuring finds configure")
                .containsExactly(inBody.toString());
        assertThat(search(TestTokens.VIEWER, word + " -okta").getList("items.id"))
                .as("web-search syntax excludes a word")
                .doesNotContain(inTitle.toString())
                .contains(inBody.toString());
    }

    @Test
    void filtersCombineAndUntargetedItemsSuitEveryone() {
        String word = Fixtures.word();
        UUID useCase = Fixtures.useCase("Dashboards " + word, 10, 10);
        UUID forAdmins = Fixtures.item("""
                {"type": "SETUP_VIDEO", "title": "Set up %s", "url": "https://videos.example.com/1", "language": "en",
                 "status": "PUBLISHED", "targetRoles": ["ADMIN"], "useCaseIds": ["%s"], "plans": ["Growth"]}
                """.formatted(word, useCase));
        UUID forEveryone = Fixtures.item("""
                {"type": "ARTICLE", "title": "About %s", "body": "Everyone.", "language": "en", "status": "PUBLISHED"}
                """.formatted(word));
        UUID german = Fixtures.item("""
                {"type": "ARTICLE", "title": "Über %s", "body": "Alle.", "language": "de", "status": "PUBLISHED",
                 "targetRoles": ["MEMBER"]}
                """.formatted(word));

        assertThat(list("q", word, "role", "ADMIN"))
                .containsExactlyInAnyOrder(forAdmins.toString(), forEveryone.toString());
        assertThat(list("q", word, "role", "MEMBER"))
                .containsExactlyInAnyOrder(forEveryone.toString(), german.toString());
        assertThat(list("q", word, "language", "de")).containsExactly(german.toString());
        assertThat(list("q", word, "useCaseId", useCase.toString())).containsExactly(forAdmins.toString());
        assertThat(list("q", word, "type", "SETUP_VIDEO", "plan", "Growth")).containsExactly(forAdmins.toString());
        assertThat(list("q", word, "plan", "Starter"))
                .containsExactlyInAnyOrder(forEveryone.toString(), german.toString());
    }

    @Test
    void theCatalogPagesNewestFirstWithoutGapsOrRepeats() {
        String word = Fixtures.word();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Fixtures.item(item("FAQ", "Question " + i + " " + word, "Answer.", "PUBLISHED"))
                    .toString());
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = Api.as(TestTokens.CSM).queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/v1/content")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id"));
            after = page.getString("nextCursor");
        } while (after != null);
        assertThat(seen).doesNotHaveDuplicates();
        List<String> ours = seen.stream().filter(created::contains).toList();
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(ours).containsExactlyElementsOf(newestFirst);

        // Relevance pages too.
        JsonPath first = Api.as(TestTokens.CSM)
                .queryParam("q", word)
                .queryParam("first", 3)
                .get("/api/v1/content")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath second = Api.as(TestTokens.CSM)
                .queryParam("q", word)
                .queryParam("first", 3)
                .queryParam("after", first.getString("nextCursor"))
                .get("/api/v1/content")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> both = new ArrayList<>(first.getList("items.id"));
        both.addAll(second.getList("items.id"));
        assertThat(both).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void theVersionRisesOnChangeOnlyAndStaleWritesAreRefused() {
        UUID id = Fixtures.item(item("ARTICLE", "Versioned " + Fixtures.word(), "One.", "DRAFT"));
        String changed = item("ARTICLE", "Versioned, edited", "Two.", "PUBLISHED");
        replace(id, changed).statusCode(200).body("version", equalTo(2)).body("status", equalTo("PUBLISHED"));
        replace(id, changed).statusCode(200).body("version", equalTo(2));
        replace(id, changed.replace("}", ", \"version\": 1}")).statusCode(409).contentType("application/problem+json");
        replace(id, changed.replace("Two.", "Three.").replace("}", ", \"version\": 2}"))
                .statusCode(200)
                .body("version", equalTo(3));
    }

    @Test
    void draftsAreInvisibleToReadersAndDeletedItemsAreGone() {
        UUID id = Fixtures.item(item("ARTICLE", "Secret " + Fixtures.word(), "Draft.", "DRAFT"));
        Api.as(TestTokens.CS_ADMIN).get("/api/v1/content/{id}", id).then().statusCode(200);
        Api.as(TestTokens.CSM).get("/api/v1/content/{id}", id).then().statusCode(404);
        Api.as(TestTokens.CSM)
                .queryParam("status", "DRAFT")
                .get("/api/v1/content")
                .then()
                .statusCode(200)
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("PUBLISHED")));
        Api.as(TestTokens.CS_ADMIN).delete("/api/v1/content/{id}", id).then().statusCode(204);
        Api.as(TestTokens.CS_ADMIN).get("/api/v1/content/{id}", id).then().statusCode(404);
        Api.as(TestTokens.CS_ADMIN).delete("/api/v1/content/{id}", id).then().statusCode(404);
    }

    @Test
    void invalidItemsNameEveryBadField() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"title\": \"\", \"language\": \"English\", \"url\": \"ftp://x\"}")
                .post("/api/v1/content")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("type", "title", "language", "url"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"type\": \"FAQ\", \"title\": \"No body\", \"language\": \"en\"}")
                .post("/api/v1/content")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(item("FAQ", "Unknown use case", "x", "DRAFT")
                        .replace("}", ", \"useCaseIds\": [\"" + UUID.randomUUID() + "\"]}"))
                .post("/api/v1/content")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("useCaseIds"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"type\": \"PODCAST\", \"title\": \"x\", \"body\": \"x\", \"language\": \"en\"}")
                .post("/api/v1/content")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void badQueryParametersAreNamed() {
        Api.as(TestTokens.CSM)
                .queryParam("type", "PODCAST")
                .get("/api/v1/content")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        Api.as(TestTokens.CSM)
                .queryParam("useCaseId", "not-an-id")
                .get("/api/v1/content")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("useCaseId"));
        Api.as(TestTokens.CSM)
                .queryParam("q", "x")
                .queryParam("after", "garbage!")
                .get("/api/v1/content")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    static String item(String type, String title, String body, String status) {
        return """
                {"type": "%s", "title": "%s", "body": "%s", "language": "en", "status": "%s"}
                """.formatted(type, title, body, status);
    }

    private static io.restassured.response.ValidatableResponse replace(UUID id, String json) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(json)
                .put("/api/v1/content/{id}", id)
                .then();
    }

    private static JsonPath search(String role, String query) {
        return Api.as(role)
                .queryParam("q", query)
                .get("/api/v1/content")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> list(String... parameters) {
        var request = Api.as(TestTokens.CSM);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/api/v1/content")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }
}
