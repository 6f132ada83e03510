package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.cta.Fixtures;
import dev.tandem.cta.survey.domain.ResponseToken;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The answer page a browser opens from an invitation: the survey as a form, answered by a form post with the JSON
 * answer's checks, once (409 page), not after its expiry (401 page), never with a forged link (403 page); everything it
 * shows escaped, and no posted form answered with a 500 or stored when refused.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SurveyAnswerPageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private record Invited(UUID campaign, UUID send, String token) {}

    private static Invited invite(String accountName, UUID survey) {
        String plan = Fixtures.plan();
        UUID account = UUID.randomUUID();
        Fixtures.apply(new AccountCreated(
                account,
                Fixtures.externalId(account),
                accountName,
                null,
                null,
                null,
                BillingModel.SUBSCRIPTION,
                plan,
                LifecycleStage.ADOPTION,
                TouchModel.LOW,
                false,
                null,
                null,
                Instant.now()));
        String email = Surveys.user(account, UserRole.MEMBER, "Ada");
        UUID campaign = Surveys.campaign(survey, "{\"plans\": [\"" + plan + "\"]}", 0);
        Surveys.awaitSent(campaign);
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(email).size() == 1);
        UUID send = UUID.fromString(Fixtures.text("SELECT id FROM survey_send WHERE campaign_id = '" + campaign + "'"));
        return new Invited(
                campaign, send, Surveys.answerToken(Surveys.mailTo(email).get(0)));
    }

    private static Invited invite() {
        return invite("Acme " + UUID.randomUUID(), Surveys.nps("NPS " + UUID.randomUUID()));
    }

    private static RequestSpecification browser() {
        return RestAssured.given().accept(BROWSER);
    }

    private static Response post(String token, String form) {
        return browser()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(form)
                .post("/api/v1/public/survey-responses/{token}", token);
    }

    private static long answers(Invited invited) {
        return Fixtures.count("SELECT count(*) FROM survey_response WHERE send_id = '" + invited.send() + "'");
    }

    @Test
    void aBrowserGetsTheFormAnswersItOnceAndIsThanked() {
        Invited invited = invite();

        browser()
                .get("/api/v1/public/survey-responses/{token}", invited.token())
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store")
                .body(containsString("How likely are you to recommend us"))
                .body(containsString("<input type=\"radio\" name=\"score\" value=\"0\""))
                .body(containsString("<input type=\"radio\" name=\"score\" value=\"10\""))
                .body(containsString("<textarea name=\"comment\" maxlength=\"2000\""));
        // API clients keep the JSON answer.
        RestAssured.given()
                .get("/api/v1/public/survey-responses/{token}", invited.token())
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("questions[0].key", equalTo("score"));

        post(invited.token(), "score=9&comment=Fast+and+friendly")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Thank you"));
        assertThat(Fixtures.text(
                        "SELECT score || ' ' || comment FROM survey_response WHERE send_id = '" + invited.send() + "'"))
                .isEqualTo("9 Fast and friendly");

        post(invited.token(), "score=3").then().statusCode(409).contentType(ContentType.HTML);
        browser()
                .get("/api/v1/public/survey-responses/{token}", invited.token())
                .then()
                .statusCode(409)
                .contentType(ContentType.HTML)
                .body(containsString("answered already"));
        assertThat(Fixtures.text("SELECT score FROM survey_response WHERE send_id = '" + invited.send() + "'"))
                .isEqualTo("9");
    }

    @Test
    void expiredAndForgedLinksGetTheirPagesAndStoreNothing() {
        Invited invited = invite();
        String expired = new ResponseToken(invited.send(), Instant.now().minusSeconds(60)).sign(Surveys.SECRET);
        String forged = new ResponseToken(invited.send(), Instant.now().plusSeconds(3600)).sign("not-the-secret");

        browser()
                .get("/api/v1/public/survey-responses/{t}", expired)
                .then()
                .statusCode(401)
                .contentType(ContentType.HTML);
        post(expired, "score=9")
                .then()
                .statusCode(401)
                .contentType(ContentType.HTML)
                .body(containsString("closed"));
        for (String token : List.of(forged, "nonsense", invited.token() + "x")) {
            browser().get("/api/v1/public/survey-responses/{t}", token).then().statusCode(403);
            post(token, "score=9").then().statusCode(403).contentType(ContentType.HTML);
        }
        assertThat(answers(invited)).isZero();
    }

    @Test
    void everythingShownIsEscaped() {
        UUID survey = UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Form <b>%s</b>", "kind": "CUSTOM", "subject": "Quick question",
                         "intro": "<img src=x onerror=alert(1)>",
                         "questions": [
                           {"key": "ease", "kind": "SCALE", "text": "Ease <script>alert(2)</script>", "min": 1, "max": 5,
                            "required": true},
                           {"key": "team", "kind": "CHOICE", "text": "Your team", "choices": ["Ops \\"&\\" <Dev>", "Sales"],
                            "required": true},
                           {"key": "why", "kind": "TEXT", "text": "Why?", "required": false}]}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/surveys")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        Invited invited = invite("<script>alert(3)</script> & Co", survey);

        String page = browser()
                .get("/api/v1/public/survey-responses/{token}", invited.token())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .doesNotContain("<script>alert", "<img src=x", "<b>")
                .contains("&lt;script&gt;alert(3)&lt;/script&gt; &amp; Co")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("Ease &lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("value=\"Ops &quot;&amp;&quot; &lt;Dev&gt;\"");

        // A refused form comes back with what was posted, escaped.
        String refused = post(
                        invited.token(), "ease=9&team=Sales&why=%3C%2Ftextarea%3E%3Cscript%3Ealert(4)%3C%2Fscript%3E")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        assertThat(refused)
                .doesNotContain("<script>alert(4)")
                .contains("&lt;/textarea&gt;&lt;script&gt;alert(4)&lt;/script&gt;")
                .contains("must be a whole number from 1 to 5");
        assertThat(answers(invited)).isZero();

        post(invited.token(), "ease=4&team=Ops+%22%26%22+%3CDev%3E&why=").then().statusCode(200);
        assertThat(Fixtures.text("SELECT answers FROM survey_response WHERE send_id = '" + invited.send() + "'"))
                .contains("\"ease\":4", "Ops \\\"&\\\" <Dev>")
                .doesNotContain("why");
    }

    @Test
    void hostileFormsAreRefusedWithoutA500AndStoreNothing() {
        Invited invited = invite();
        List<String> hostile = List.of(
                "",
                "score=",
                "score=11",
                "score=-1",
                "score=9.5",
                "score=nine",
                "score=99999999999999999999999",
                "score=9&score=10",
                "score=9&comment=" + "x".repeat(2001),
                "score=9&comment=%00",
                "score=9&admin=true",
                "score=9&" + "k".repeat(5000) + "=1",
                "a=1&b=1&c=1&d=1&e=1&f=1&g=1&h=1&i=1&j=1&k=1",
                "score=%ZZ",
                "=9",
                "&&&",
                "score=9&comment=" + "%E2%82%AC".repeat(3000));
        for (String form : hostile) {
            Response response = post(invited.token(), form);
            String shown = form.length() > 80 ? form.substring(0, 80) : form;
            assertThat(response.statusCode()).as("status for %s", shown).isBetween(400, 499);
        }
        // A client that is no browser gets problem details, as from the JSON endpoint.
        for (String form : List.of("score=11", "score=%ZZ")) {
            RestAssured.given()
                    .contentType("application/x-www-form-urlencoded")
                    .body(form)
                    .post("/api/v1/public/survey-responses/{token}", invited.token())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        RestAssured.given()
                .contentType(ContentType.TEXT)
                .body("score=9")
                .post("/api/v1/public/survey-responses/{token}", invited.token())
                .then()
                .statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                        .and(org.hamcrest.Matchers.lessThan(500)));
        assertThat(answers(invited)).isZero();

        post(invited.token(), "score=9&comment=" + "%E2%82%AC".repeat(2000))
                .then()
                .statusCode(200);
        assertThat(answers(invited)).isEqualTo(1);
    }
}
