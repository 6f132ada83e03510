package dev.tandem.cta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.cta.Fixtures;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.mail.TestSmtp;
import dev.tandem.testing.mail.TestSmtpResource;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how many survey e-mails a second one replica renders and hands to SMTP: a campaign to 100,000 end users of
 * 10,000 accounts, from the POST that starts it until the last invitation is recorded SENT, the SMTP server the real
 * one in this JVM. The audience is written straight into the projection: what is measured is choosing, rendering,
 * sending and recording. Not part of {@code verify}: {@code ./mvnw verify -pl cta-service -am -Pbenchmark
 * -Dtest=SurveyCampaignBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "cta")
@QuarkusTestResource(TestSmtpResource.class)
class SurveyCampaignBenchmark {

    private static final int ACCOUNTS = 10_000;
    private static final int USERS_PER_ACCOUNT = 10;
    private static final int RECIPIENTS = ACCOUNTS * USERS_PER_ACCOUNT;
    /**
     * The people share this many addresses: GreenMail finds a recipient's mailbox by a scan of all its mailboxes, one
     * message at a time, so 100,000 distinct addresses would measure that scan rather than cta-service.
     */
    private static final int MAILBOXES = 1_000;

    @Test
    void aCampaignToOneHundredThousandPeople() throws SQLException {
        String plan = "bench-" + UUID.randomUUID();
        seed(plan);
        int before = TestSmtp.shared().getReceivedMessages().length;
        String survey = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Bench NPS %s", "kind": "NPS", "subject": "How are we doing?",
                         "intro": "Two minutes of your time help us serve you better."}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/surveys")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        long started = System.nanoTime();
        String campaign = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        "{\"surveyId\": \"%s\", \"name\": \"Bench\", \"audience\": {\"plans\": [\"%s\"]}, \"throttleDays\": 0}"
                                .formatted(survey, plan))
                .post("/api/v1/survey-campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String sent = "SELECT count(*) FROM survey_send WHERE status = 'SENT' AND campaign_id = '" + campaign + "'";
        await().atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Fixtures.count(sent) == RECIPIENTS);
        double seconds = (System.nanoTime() - started) / 1e9;
        int received = TestSmtp.shared().getReceivedMessages().length - before;

        System.out.printf(
                "%n=== Survey campaign benchmark: %,d recipients over %,d accounts; POST to last SENT %.1f s;"
                        + " %,.0f e-mails/s; %,d received by the in-JVM SMTP server; %d processors ===%n%n",
                RECIPIENTS,
                ACCOUNTS,
                seconds,
                RECIPIENTS / seconds,
                received,
                Runtime.getRuntime().availableProcessors());
        assertThat(received).isGreaterThanOrEqualTo(RECIPIENTS);
    }

    private static void seed(String plan) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("cta"), "postgres", "")) {
            connection.createStatement().execute("""
                    INSERT INTO account_ref (account_id, external_id, name, plan, touch_model, csm_id, updated_at)
                    SELECT CAST(md5('PLAN' || a) AS uuid), 'PLAN-' || a, 'Bench ' || a, 'PLAN',
                           (ARRAY['HIGH', 'LOW', 'TECH'])[1 + a % 3], 'csm-' || a % 40, now()
                      FROM generate_series(0, ACCOUNTS - 1) a;
                    INSERT INTO user_ref (user_id, account_id, external_id, name, email, paid_seat, role)
                    SELECT CAST(md5('PLAN' || a || '-' || u) AS uuid), CAST(md5('PLAN' || a) AS uuid),
                           'u' || u, 'User ' || a || '-' || u, 'mailbox-' || (a * USERS + u) % MAILBOXES || '@PLAN.example', TRUE,
                           CASE WHEN u = 0 THEN 'DECISION_MAKER' ELSE 'MEMBER' END
                      FROM generate_series(0, ACCOUNTS - 1) a, generate_series(0, USERS - 1) u;
                    ANALYZE account_ref, user_ref;
                    """.replace("PLAN", plan)
                    .replace("ACCOUNTS", String.valueOf(ACCOUNTS))
                    .replace("USERS", String.valueOf(USERS_PER_ACCOUNT))
                    .replace("MAILBOXES", String.valueOf(MAILBOXES)));
        }
    }
}
