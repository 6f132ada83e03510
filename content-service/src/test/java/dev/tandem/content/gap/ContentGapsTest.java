package dev.tandem.content.gap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.content.Fixtures;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "content")
class ContentGapsTest {

    @Test
    void useCasesComeByPriorityWithTheirCoverageAndADraftIsStillAGapShownToAdminsOnly() {
        String word = Fixtures.word();
        // Larger than any other test's figures, so these two lead the view.
        UUID onlyDrafted = Fixtures.useCase("Permissions " + word, 1_000_000, 9_999);
        UUID covered = Fixtures.useCase("Billing " + word, 1_000_000, 9_998);
        UUID draft = Fixtures.item("""
                {"type": "ARTICLE", "title": "Permissions", "body": "Soon.", "language": "en", "status": "DRAFT",
                 "useCaseIds": ["%s"]}
                """.formatted(onlyDrafted));
        UUID published = Fixtures.item("""
                {"type": "FAQ", "title": "Billing FAQ", "body": "Answers.", "language": "en", "status": "PUBLISHED",
                 "useCaseIds": ["%s", "%s"]}
                """.formatted(covered, onlyDrafted));

        JsonPath gaps = Api.as(TestTokens.VIEWER)
                .queryParam("first", 2)
                .get("/api/v1/content-gaps")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(gaps.getList("items.useCaseId")).containsExactly(onlyDrafted.toString(), covered.toString());
        assertThat(gaps.getLong("items[0].priority")).isEqualTo(9_999_000_000L);
        assertThat(gaps.getList("items[0].coveredBy.id"))
                .as("drafts are for the cs-admins who write them")
                .containsExactly(published.toString());
        assertThat(Api.as(TestTokens.CS_ADMIN)
                        .queryParam("first", 2)
                        .get("/api/v1/content-gaps")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items[0].coveredBy.id"))
                .containsExactlyInAnyOrder(draft.toString(), published.toString());
        assertThat(gaps.getBoolean("items[0].gap")).isFalse();
        assertThat(gaps.getBoolean("items[1].gap")).isFalse();
        assertThat(gaps.getList("items[1].coveredBy.id")).containsExactly(published.toString());
        assertThat(gaps.getString("nextCursor")).isNotNull();

        Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/content/{id}", published)
                .then()
                .statusCode(204);
        JsonPath after = Api.as(TestTokens.VIEWER)
                .queryParam("first", 2)
                .get("/api/v1/content-gaps")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(after.getBoolean("items[0].gap"))
                .as("a draft is work under way, not coverage")
                .isTrue();
        assertThat(after.getInt("items[0].publishedItems")).isZero();
        assertThat(after.getBoolean("items[1].gap")).isTrue();
    }
}
