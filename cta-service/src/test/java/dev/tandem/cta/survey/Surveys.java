package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.mail.TestSmtp;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Surveys as the tests drive them: accounts and their end users on account.events, REST as a cs-admin, mail read. */
final class Surveys {

    static final String SECRET = "test-link-secret";
    private static final Pattern ANSWER_LINK = Pattern.compile("/api/v1/public/survey-responses/([A-Za-z0-9_.-]+)");
    private static final Pattern UNSUBSCRIBE_LINK =
            Pattern.compile("/api/v1/public/unsubscribe\\?token=([A-Za-z0-9_.-]+)");

    private Surveys() {}

    static UUID account(String plan, TouchModel touchModel) {
        return account(plan, touchModel, null);
    }

    /** An account whose customer life began in {@code cohort} (null: not known yet). */
    static UUID account(String plan, TouchModel touchModel, YearMonth cohort) {
        UUID id = UUID.randomUUID();
        Fixtures.apply(new AccountCreated(
                id,
                Fixtures.externalId(id),
                "Acme " + id.toString().substring(0, 8),
                null,
                null,
                null,
                BillingModel.SUBSCRIPTION,
                plan,
                LifecycleStage.ADOPTION,
                touchModel,
                false,
                "csm-" + UUID.randomUUID(),
                cohort,
                Instant.now()));
        return id;
    }

    /** An end user with a fresh address; returns the address. */
    static String user(UUID account, UserRole role, String name) {
        UUID id = UUID.randomUUID();
        String email = "u-" + id + "@customer.example";
        Fixtures.apply(new UserCreated(
                id, account, "user-" + id, email, name, role, Seat.PAID, Instant.now(), null, Instant.now()));
        return email;
    }

    static UUID userId(String email) {
        return UUID.fromString(Fixtures.text("SELECT user_id FROM user_ref WHERE email = '" + email + "'"));
    }

    static UUID nps(String name) {
        return UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "NPS", "subject": "How are we doing?",
                         "intro": "Two minutes of your time help us serve you better."}
                        """.formatted(name))
                .post("/api/v1/surveys")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** Starts a campaign now to {@code audience} (JSON) and waits until its invitations are queued. */
    static UUID campaign(UUID survey, String audience, int throttleDays) {
        UUID id = UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"surveyId": "%s", "name": "Quarterly NPS", "audience": %s, "throttleDays": %d}
                        """.formatted(survey, audience, throttleDays))
                .post("/api/v1/survey-campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        await().atMost(Fixtures.WAIT)
                .until(() ->
                        "DONE".equals(Fixtures.text("SELECT status FROM survey_campaign WHERE id = '" + id + "'")));
        return id;
    }

    /**
     * Asks for a campaign whose body's fields after surveyId and name are {@code fields} (JSON members) and expects a
     * 400 naming {@code field}, with no campaign stored.
     */
    static void assertCampaignRefused(UUID survey, String fields, String field) {
        long before = Fixtures.count("SELECT count(*) FROM survey_campaign");
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"surveyId\": \"%s\", \"name\": \"Bad\", %s}".formatted(survey, fields))
                .post("/api/v1/survey-campaigns")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        assertThat(Fixtures.count("SELECT count(*) FROM survey_campaign")).isEqualTo(before);
    }

    /** Waits until none of the campaign's invitations waits to be sent. */
    static void awaitSent(UUID campaign) {
        await().atMost(Fixtures.WAIT)
                .until(() ->
                        Fixtures.count("SELECT count(*) FROM survey_send WHERE status = 'PENDING' AND campaign_id = '"
                                        + campaign + "'")
                                == 0);
    }

    static List<MimeMessage> mailTo(String email) {
        return TestSmtp.to(email);
    }

    static String answerToken(MimeMessage message) {
        return first(ANSWER_LINK, TestSmtp.text(message));
    }

    static String unsubscribeToken(MimeMessage message) {
        return first(UNSUBSCRIBE_LINK, TestSmtp.text(message));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }
}
