package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.Fixtures;
import dev.tandem.cta.survey.domain.ResponseToken;
import dev.tandem.events.Topics;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The personal response link: it answers once (then 409), an expired link is 401 and a forged one 403, every field is
 * checked; an answer reaches health-service as a signal on signals.raw, lands on the account's timeline, and moves the
 * campaign's figures.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SurveyResponseTest {

    private record Invited(UUID account, String email, UUID campaign, String token) {}

    private Invited invite(UserRole role) {
        String plan = Fixtures.plan();
        UUID account = Surveys.account(plan, TouchModel.HIGH);
        String email = Surveys.user(account, role, "Ada");
        UUID campaign = Surveys.campaign(Surveys.nps("NPS " + UUID.randomUUID()), "{\"plans\": [\"" + plan + "\"]}", 0);
        Surveys.awaitSent(campaign);
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(email).size() == 1);
        return new Invited(
                account,
                email,
                campaign,
                Surveys.answerToken(Surveys.mailTo(email).get(0)));
    }

    private static Response answer(String token, String body) {
        return RestAssured.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/survey-responses/{token}", token);
    }

    @Test
    void aLinkAnswersOnceAndTheAnswerReachesHealthServiceAndTheTimeline() {
        Invited invited = invite(UserRole.DECISION_MAKER);

        RestAssured.given()
                .get("/api/v1/public/survey-responses/{token}", invited.token())
                .then()
                .statusCode(200)
                .body("questions[0].key", equalTo("score"))
                .body("questions[0].max", equalTo(10))
                .body("answered", equalTo(false));
        answer(invited.token(), "{\"answers\": {\"score\": 9, \"comment\": \"The onboarding was great\"}}")
                .then()
                .statusCode(200)
                .body("recorded", equalTo(true));
        answer(invited.token(), "{\"answers\": {\"score\": 2}}")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        String external = Fixtures.externalId(invited.account());
        var signal = new TopicReader(Fixtures.kafka())
                .find(
                        Topics.SIGNALS_RAW,
                        record ->
                                external.equals(record.key()) && record.value().contains("nps_response"),
                        Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no nps_response signal on signals.raw"));
        JsonNode data = read(signal.value());
        assertThat(data.path("type").asText()).isEqualTo("nps_response");
        assertThat(data.path("value").asDouble()).isEqualTo(9.0);
        assertThat(data.path("accountId").asText()).isEqualTo(external);
        assertThat(data.path("userId").asText()).startsWith("user-");
        assertThat(TopicReader.header(signal, "ce_type")).isEqualTo("dev.tandem.signal.received.v1");

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}/touchpoints", invited.account())
                .then()
                .statusCode(200)
                .body("items.type", hasItem("SURVEY"))
                .body("items.sentiment", hasItem("POSITIVE"));
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/survey-campaigns/{id}/results", invited.campaign())
                .then()
                .statusCode(200)
                .body("sent", equalTo(1))
                .body("responses", equalTo(1))
                .body("responseRate", equalTo(1.0f))
                .body("score.nps", equalTo(100))
                .body("score.promoters", equalTo(1))
                .body("bySegment[0].touchModel", equalTo("HIGH"))
                .body("byWeek.size()", equalTo(1))
                .body("comments[0].comment", equalTo("The onboarding was great"));
    }

    @Test
    void anExpiredLinkIs401AndAForgedOne403() {
        Invited invited = invite(UserRole.MEMBER);
        UUID send = UUID.fromString(
                Fixtures.text("SELECT id FROM survey_send WHERE campaign_id = '" + invited.campaign() + "'"));
        String expired = new ResponseToken(send, Instant.now().minusSeconds(60)).sign(Surveys.SECRET);
        String forged = new ResponseToken(send, Instant.now().plusSeconds(3600)).sign("not-the-secret");
        String tampered = invited.token().replaceFirst("\\.(\\d+)\\.", ".4102444800.");

        answer(expired, "{\"answers\": {\"score\": 3}}")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("This survey link has expired."));
        for (String token : List.of(forged, tampered, "nonsense", "a.b.c", invited.token() + "x")) {
            answer(token, "{\"answers\": {\"score\": 3}}")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response WHERE send_id = '" + send + "'"))
                .isZero();
        answer(invited.token(), "{\"answers\": {\"score\": 3}}").then().statusCode(200);
    }

    @Test
    void hostileAnswersAreRefusedByFieldAndChangeNothing() {
        Invited invited = invite(UserRole.CHAMPION);
        List<String> hostile = List.of(
                "",
                "null",
                "[]",
                "{}",
                "{\"answers\": null}",
                "{\"answers\": []}",
                "{\"answers\": {}}",
                "{\"answers\": {\"score\": 11}}",
                "{\"answers\": {\"score\": -1}}",
                "{\"answers\": {\"score\": 9.5}}",
                "{\"answers\": {\"score\": \"9\"}}",
                "{\"answers\": {\"score\": 99999999999999999999999}}",
                "{\"answers\": {\"score\": null}}",
                "{\"answers\": {\"score\": {\"$gt\": 1}}}",
                "{\"answers\": {\"score\": 9, \"comment\": 42}}",
                "{\"answers\": {\"score\": 9, \"comment\": \"" + "x".repeat(2001) + "\"}}",
                "{\"answers\": {\"score\": 9, \"admin\": true}}",
                "{\"answers\": {\"score\": 9, \"" + "k".repeat(5000) + "\": 1}}",
                "{\"answers\": {\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1,\"f\":1,\"g\":1,\"h\":1,\"i\":1,\"j\":1,\"k\":1}}",
                "{\"answers\": {\"score\": 9}, \"answers\": {\"score\": 0}}",
                "{\"answers\": {\"score\": 9}",
                "{\"answers\": {\"score\": 9, \"comment\": \"\\u0000\"}}",
                "<answers/>");
        for (String body : hostile) {
            Response response = answer(invited.token(), body);
            String shown = body.length() > 80 ? body.substring(0, 80) : body;
            assertThat(response.statusCode()).as("status for %s", shown).isBetween(400, 499);
            assertThat(response.contentType()).as("content type for %s", shown).startsWith("application/problem+json");
        }
        answer(invited.token(), "{\"answers\": {\"score\": 11}}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answers.score"));
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response r JOIN survey_send s ON s.id = r.send_id"
                        + " WHERE s.campaign_id = '" + invited.campaign() + "'"))
                .isZero();

        answer(invited.token(), "{\"answers\": {\"score\": 4, \"comment\": \"Slow support\"}}")
                .then()
                .statusCode(200);
        Api.as(TestTokens.CSM)
                .get("/api/v1/survey-campaigns/{id}/results", invited.campaign())
                .then()
                .statusCode(200)
                .body("score.detractors", equalTo(1))
                .body("score.nps", equalTo(-100));
    }

    private static JsonNode read(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
