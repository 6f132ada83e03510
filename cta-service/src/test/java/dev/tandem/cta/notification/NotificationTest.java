package dev.tandem.cta.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.tandem.cta.Fixtures;
import dev.tandem.cta.delivery.WebhookReceiver;
import dev.tandem.cta.notification.service.DailyDigest;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.mail.TestSmtp;
import dev.tandem.testing.mail.TestSmtpResource;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A CSM chooses how they are told about their work, and is told once: e-mails arrive at a real SMTP server, Slack and
 * Teams messages at a real local HTTP receiver (after its 500s), a redelivered event or a second digest run sends
 * nothing new, and what the CSM chose for the digest waits for it.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
@QuarkusTestResource(TestSmtpResource.class)
class NotificationTest {

    @Inject
    DailyDigest digest;

    @Test
    void aCsmIsToldOnTheChannelsTheyChoseOnceEach() throws Throwable {
        try (var receiver = new WebhookReceiver().answer("/slack", 500, 200).answer("/teams", 200)) {
            String person = "notified-" + UUID.randomUUID();
            String email = person + "@example.org";
            as(person)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"email": "%s", "slackUrl": "%s", "teamsUrl": "%s",
                             "kinds": [{"kind": "CTA_ASSIGNED", "channels": ["EMAIL", "SLACK"]},
                                       {"kind": "ACCOUNT_RED", "channels": ["TEAMS"]},
                                       {"kind": "DETRACTOR", "channels": ["EMAIL"], "digest": true},
                                       {"kind": "DAILY_DIGEST", "channels": ["EMAIL"]}]}
                            """.formatted(email, receiver.url("/slack"), receiver.url("/teams")))
                    .put("/api/v1/me/notification-preferences")
                    .then()
                    .statusCode(200)
                    .body("person", equalTo(person))
                    // The webhook URL is a secret: cut to its host for a CSM, themselves included.
                    .body("slackUrl", equalTo(receiver.url("/...")))
                    .body("kinds.find { it.kind == 'CTA_ASSIGNED' }.channels", contains("EMAIL", "SLACK"))
                    .body("kinds.find { it.kind == 'CTA_OVERDUE' }.channels.size()", equalTo(0));
            admin().get("/api/v1/people/{person}/notification-preferences", person)
                    .then()
                    .statusCode(200)
                    .body("slackUrl", equalTo(receiver.url("/slack")));

            UUID account = Fixtures.account(Fixtures.plan(), person);
            String accountName = "Account " + account.toString().substring(0, 8);

            // Assigned by someone else: e-mail and Slack, the Slack one after a 500.
            String reason = "renewal risk " + UUID.randomUUID();
            admin().contentType(ContentType.JSON)
                    .body("""
                            {"accountId": "%s", "type": "RISK", "reason": "%s", "ownerId": "%s"}
                            """.formatted(account, reason, person))
                    .post("/api/v1/ctas")
                    .then()
                    .statusCode(201);
            await().atMost(Fixtures.WAIT)
                    .until(() -> !mailsTitled(email, "CTA assigned to you").isEmpty());
            MimeMessage assigned = mailsTitled(email, "CTA assigned to you").get(0);
            assertThat(assigned.getSubject()).isEqualTo("[Tandem] CTA assigned to you: " + accountName);
            assertThat(GreenMailUtil.getBody(assigned)).contains(reason);
            await().atMost(Fixtures.WAIT).until(() -> slackAbout(receiver, reason) == 2);

            // Turned Red: Teams; the same event redelivered tells nobody again.
            UUID red = UUID.randomUUID();
            var scored = new dev.tandem.events.health.ScoreChanged(
                    account, UUID.randomUUID(), 60, 31, HealthBand.YELLOW, HealthBand.RED, List.of(), Instant.now());
            Fixtures.send(red, scored);
            Fixtures.awaitApplied(red);
            await().atMost(Fixtures.WAIT)
                    .until(() -> receiver.received("/teams").size() == 1);
            assertThat(receiver.received("/teams").get(0).body())
                    .contains("\"@type\":\"MessageCard\"")
                    .contains("Account turned Red: " + accountName);

            // A detractor, chosen for the digest: no e-mail now; the day's digest carries it, once.
            Fixtures.apply(nps(account, 3));
            Fixtures.apply(nps(account, 9));
            LocalDate today = LocalDate.now();
            VertxContextSupport.subscribeAndAwait(() -> digest.send(today));
            VertxContextSupport.subscribeAndAwait(() -> digest.send(today));
            await().atMost(Fixtures.WAIT)
                    .until(() -> !mailsTitled(email, "Your Tandem digest").isEmpty());
            assertThat(mailsTitled(email, "Survey detractor")).isEmpty();
            String body = GreenMailUtil.getBody(
                    mailsTitled(email, "Your Tandem digest").get(0));
            assertThat(body).contains("Survey detractor: " + accountName).contains(reason);
            assertThat(body.split("Survey detractor", -1)).hasSize(2);

            assertThat(receiver.received("/teams")).hasSize(1);
            assertThat(mailsTitled(email, "Your Tandem digest")).hasSize(1);
            assertThat(mailsTitled(email, "CTA assigned to you")).hasSize(1);
            as(person)
                    .get("/api/v1/deliveries?accountId=" + account)
                    .then()
                    .statusCode(200)
                    .body("items.kind", hasItem("NOTIFICATION"))
                    .body("items.find { it.channel == 'slack' }.url", startsWith("http://127.0.0.1:"));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachEndpointAdmitsExactlyItsRoles() {
        String body = "{\"kinds\": []}";
        return RoleMatrix.check(
                RoleMatrix.get("/api/v1/me/notification-preferences", TestTokens.CS_ADMIN, TestTokens.CSM),
                RoleMatrix.put("/api/v1/me/notification-preferences", () -> body, TestTokens.CS_ADMIN, TestTokens.CSM),
                RoleMatrix.get("/api/v1/people/someone/notification-preferences", TestTokens.CS_ADMIN),
                RoleMatrix.put("/api/v1/people/someone/notification-preferences", () -> body, TestTokens.CS_ADMIN));
    }

    @Test
    void aChannelWithoutAnAddressOrABadAddressIsRefusedByNameAndChangesNothing() {
        String person = "refused-" + UUID.randomUUID();
        as(person)
                .contentType(ContentType.JSON)
                .body("""
                        {"kinds": [{"kind": "CTA_OVERDUE", "channels": ["SLACK"]}]}
                        """)
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kinds[0].channels"));
        as(person)
                .contentType(ContentType.JSON)
                .body("""
                        {"email": "not an address", "kinds": []}
                        """)
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"));
        as(person)
                .contentType(ContentType.JSON)
                .body("""
                        {"slackUrl": "http://169.254.169.254/latest", "kinds": []}
                        """)
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("slackUrl"));
        as(person)
                .contentType(ContentType.JSON)
                .body("""
                        {"kinds": [{"kind": "NOT_A_KIND", "channels": []}]}
                        """)
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(400);
        as(person)
                .get("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200)
                .body("email", equalTo(null))
                .body("kinds.find { it.kind == 'CTA_OVERDUE' }.channels.size()", equalTo(0));
    }

    @Test
    void anOverdueCtaIsToldToItsOwnerOnceByTheScan() {
        String person = "overdue-" + UUID.randomUUID();
        String email = person + "@example.org";
        as(person)
                .contentType(ContentType.JSON)
                .body("""
                        {"email": "%s", "kinds": [{"kind": "CTA_OVERDUE", "channels": ["EMAIL"]}]}
                        """.formatted(email))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200);
        UUID account = Fixtures.account(Fixtures.plan(), person);
        String reason = "late " + UUID.randomUUID();
        as(person)
                .contentType(ContentType.JSON)
                .body("""
                        {"accountId": "%s", "type": "RISK", "reason": "%s", "dueDate": "%s"}
                        """.formatted(account, reason, LocalDate.now().minusDays(2)))
                .post("/api/v1/ctas")
                .then()
                .statusCode(201);

        await().atMost(Fixtures.WAIT)
                .until(() -> !mailsTitled(email, "CTA overdue").isEmpty());
        assertThat(GreenMailUtil.getBody(mailsTitled(email, "CTA overdue").get(0)))
                .contains(reason);
        // Opened by themselves: no "assigned to you".
        assertThat(mailsTitled(email, "CTA assigned")).isEmpty();
        await().pollDelay(java.time.Duration.ofSeconds(3))
                .atMost(Fixtures.WAIT)
                .until(() -> mailsTitled(email, "CTA overdue").size() == 1);
    }

    /** As the CSM {@code person}, by their user id. */
    private static RequestSpecification as(String person) {
        return RestAssured.given().auth().oauth2(TestTokens.forUser(person, TestTokens.CSM));
    }

    private static RequestSpecification admin() {
        return RestAssured.given().auth().oauth2(TestTokens.forUser("admin-" + UUID.randomUUID(), TestTokens.CS_ADMIN));
    }

    private static List<MimeMessage> mailsTitled(String address, String title) {
        return TestSmtp.to(address).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith("[Tandem] " + title);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    private static long slackAbout(WebhookReceiver receiver, String reason) {
        return receiver.received("/slack").stream()
                .filter(r -> r.body().contains(reason))
                .count();
    }

    private static Signal nps(UUID account, double value) {
        return new Signal(
                UUID.randomUUID().toString(),
                Fixtures.externalId(account),
                "respondent-" + account,
                "nps_response",
                null,
                Instant.now(),
                value,
                Map.of());
    }
}
