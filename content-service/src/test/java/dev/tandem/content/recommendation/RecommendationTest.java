package dev.tandem.content.recommendation;

import static dev.tandem.content.onboarding.OnboardingTest.awaitEnrollment;
import static dev.tandem.content.onboarding.OnboardingTest.awaitReached;
import static dev.tandem.content.onboarding.OnboardingTest.program;
import static dev.tandem.content.onboarding.OnboardingTest.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.content.Fixtures;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Recommendations follow the account through its milestones and skip what the reader already viewed. */
@QuarkusTest
@WithTandemInfrastructure(database = "content")
class RecommendationTest {

    @Test
    void recommendationsChangeAsMilestonesAreMetAndSkipWhatTheUserViewed() {
        String word = Fixtures.word();
        String plan = "Plan-" + word;
        UUID crm = Fixtures.useCase("Connect the CRM " + word, 30, 20);
        UUID reports = Fixtures.useCase("Weekly reports " + word, 50, 10);
        Fixtures.program(program("Recommended " + plan, plan, 60, "PROCEED", null, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm", "useCaseIds": ["%s"]},
                {"name": "Reports used", "kind": "FEATURE_USED", "subject": "reports", "useCaseIds": ["%s"]}
                """.formatted(crm, reports)));
        UUID video =
                Fixtures.item(item("SETUP_VIDEO", "Connect your CRM, for admins", "[\"ADMIN\"]", crm, "PUBLISHED"));
        UUID article = Fixtures.item(item("ARTICLE", "Why connect your CRM", "[]", crm, "PUBLISHED"));
        UUID guide = Fixtures.item(item("ARTICLE", "Your first weekly report", "[]", reports, "PUBLISHED"));
        Fixtures.item(item("ARTICLE", "CRM, unfinished", "[]", crm, "DRAFT"));

        UUID account = UUID.randomUUID();
        UUID ana = UUID.randomUUID();
        String external = "crm-" + account;
        Fixtures.accountCreated(account, external, plan, "LOW");
        Fixtures.userCreated(account, ana, "ana", "ADMIN");
        Fixtures.contractStarted(account, UUID.randomUUID(), plan, 9_000, LocalDate.of(2026, 11, 1));
        awaitEnrollment(account);

        assertThat(forMilestones(account, Map.of("userId", ana.toString())))
                .containsExactly(video.toString(), article.toString(), guide.toString());
        assertThat(forMilestones(account, Map.of("role", "MEMBER")))
                .as("the admins' video is not for members")
                .containsExactly(article.toString(), guide.toString());

        Fixtures.signal(external, "viewed-video", """
                {"eventId": "%2$s", "accountId": "%1$s", "userId": "ana", "type": "content_viewed",
                 "name": "VIDEO", "occurredAt": "2026-11-02T10:00:00Z"}
                """.replace("VIDEO", video.toString()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !forMilestones(account, Map.of("userId", ana.toString()))
                        .contains(video.toString()));
        JsonPath forColleague = recommendations(account, Map.of("role", "ADMIN"));
        assertThat(forColleague.getList("items.contentId")).startsWith(video.toString());
        assertThat(forColleague.getBoolean("items[0].seenAtAccount")).isTrue();

        signal(external, "crm-done", "setup_step_completed", "connect-crm", "ana", "2026-11-03");
        awaitReached(account, 1);
        assertThat(forMilestones(account, Map.of("userId", ana.toString())))
                .as("the CRM is connected: on to reports")
                .containsExactly(guide.toString());
        assertThat(recommendations(account, Map.of("userId", ana.toString())).getString("items[0].reason"))
                .isEqualTo("helps reach the milestone 'Reports used'");
    }

    @Test
    void unknownAccountsAndUsersAreNotFound() {
        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/recommendations", UUID.randomUUID())
                .then()
                .statusCode(404);
        Api.as(TestTokens.CSM)
                .queryParam("first", 51)
                .get("/api/v1/accounts/{id}/recommendations", UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("first"));
    }

    /** The recommended items that serve a milestone (use-case-only items of other tests come after them). */
    private static List<String> forMilestones(UUID account, Map<String, String> parameters) {
        JsonPath result = recommendations(account, parameters);
        List<Map<String, Object>> items = result.getList("items");
        return items.stream()
                .filter(item -> item.get("milestoneId") != null)
                .map(item -> (String) item.get("contentId"))
                .toList();
    }

    private static JsonPath recommendations(UUID account, Map<String, String> parameters) {
        return Api.as(TestTokens.VIEWER)
                .queryParams(parameters)
                .queryParam("first", 50)
                .get("/api/v1/accounts/{id}/recommendations", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String item(String type, String title, String roles, UUID useCase, String status) {
        return """
                {"type": "%s", "title": "%s", "body": "How to.", "language": "en", "status": "%s",
                 "targetRoles": %s, "useCaseIds": ["%s"]}
                """.formatted(type, title, status, roles, useCase);
    }
}
