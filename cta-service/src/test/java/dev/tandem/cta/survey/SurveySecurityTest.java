package dev.tandem.cta.survey;

import static org.hamcrest.Matchers.equalTo;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what with surveys: cs-admins define them and start campaigns, CSMs and viewers read them and their
 * results, integrators only report bounces (as cs-admins may). The public links need no login: their token is the
 * proof, so a caller's token neither helps nor hurts there.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SurveySecurityTest {

    private static final String ADMIN = TestTokens.CS_ADMIN;
    private static final String CSM = TestTokens.CSM;
    private static final String VIEWER = TestTokens.VIEWER;
    private static final String INTEGRATOR = TestTokens.INTEGRATOR;

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
        String plan = Fixtures.plan();
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        UUID campaign = Surveys.campaign(survey, "{\"plans\": [\"" + plan + "\"]}", 0);
        return RoleMatrix.check(
                RoleMatrix.get("/api/v1/surveys", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/surveys/" + survey, ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/surveys/" + survey + "/results", ADMIN, CSM, VIEWER),
                RoleMatrix.post("/api/v1/surveys", () -> """
                                {"name": "CSAT %s", "kind": "CSAT", "subject": "Quick question", "intro": "Hi"}
                                """.formatted(UUID.randomUUID()), ADMIN),
                RoleMatrix.get("/api/v1/survey-campaigns", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/survey-campaigns/" + campaign, ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/survey-campaigns/" + campaign + "/results", ADMIN, CSM, VIEWER),
                RoleMatrix.post("/api/v1/survey-campaigns", () -> """
                                {"surveyId": "%s", "name": "Matrix", "audience": {"plans": ["%s"]}}
                                """.formatted(survey, Fixtures.plan()), ADMIN),
                RoleMatrix.post(
                        "/api/v1/email/bounces",
                        () -> "{\"email\": \"nobody-" + UUID.randomUUID() + "@customer.example\"}",
                        ADMIN,
                        INTEGRATOR));
    }

    @Test
    void thePublicLinksNeedNoLoginAndTakeNoneAsProof() {
        String plan = Fixtures.plan();
        UUID account = Surveys.account(plan, TouchModel.HIGH);
        String email = Surveys.user(account, UserRole.ADMIN, "Ada");
        UUID campaign = Surveys.campaign(Surveys.nps("NPS " + UUID.randomUUID()), "{\"plans\": [\"" + plan + "\"]}", 0);
        Surveys.awaitSent(campaign);
        org.awaitility.Awaitility.await()
                .atMost(Fixtures.WAIT)
                .until(() -> Surveys.mailTo(email).size() == 1);
        String token = Surveys.answerToken(Surveys.mailTo(email).get(0));

        // An admin's token does not make a forged link good; an expired bearer token does not spoil a good one.
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.withRole(ADMIN))
                .get("/api/v1/public/survey-responses/{t}", token + "x")
                .then()
                .statusCode(403);
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.expired(ADMIN))
                .get("/api/v1/public/survey-responses/{t}", token)
                .then()
                .statusCode(200)
                .body("answered", equalTo(false));
        RestAssured.given()
                .post("/api/v1/public/unsubscribe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"));
    }
}
