package dev.tandem.content.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.content.Fixtures;
import dev.tandem.content.enrollment.service.PeriodEnds;
import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.content.Enrolled;
import dev.tandem.events.content.MilestoneReached;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingFailed;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Onboarding end to end on the embedded broker: a paid contract enrolls its account, real signals reach milestones,
 * and periods end as the program's policy says. Period ends are run for a chosen day instead of waiting for it.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "content")
public class OnboardingTest {

    @Inject
    PeriodEnds periodEnds;

    @Test
    void aPaidContractEnrollsAndSignalsLeadToSuccessDuplicatesHarmless() {
        String plan = "Plan-" + Fixtures.word();
        UUID program = Fixtures.program(program("Four steps " + plan, plan, 30, "PROCEED", null, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"},
                {"name": "Team on board", "kind": "SEATS_ACTIVE", "threshold": 2},
                {"name": "Reports used", "kind": "FEATURE_USED", "subject": "reports", "threshold": 2},
                {"name": "First ROI", "kind": "ROI_REPORTED"}
                """));
        UUID account = UUID.randomUUID();
        String external = "crm-" + account;
        Fixtures.accountCreated(account, external, plan, "LOW");
        Fixtures.contractStarted(account, UUID.randomUUID(), plan, 12_000, LocalDate.of(2026, 10, 1));

        JsonPath enrollment = awaitEnrollment(account);
        assertThat(enrollment.getString("programId")).isEqualTo(program.toString());
        assertThat(enrollment.getString("origin")).isEqualTo("AUTOMATIC");
        assertThat(enrollment.getString("dueOn")).isEqualTo("2026-10-31");

        signal(external, "s1", "setup_step_completed", "connect-crm", "ana", "2026-10-03");
        signal(external, "s2", "seat_activated", null, "ana", "2026-10-04");
        signal(external, "s3", "seat_activated", null, "ana", "2026-10-05");
        signal(external, "s4", "feature_used", "reports", "ana", "2026-10-06");
        signal(external, "s4", "feature_used", "reports", "ana", "2026-10-06");
        awaitReached(account, 1);
        // One seat activated twice and one use sent twice: neither milestone is reached yet.
        assertThat(enrollment(account).getString("status")).isEqualTo("IN_PROGRESS");

        signal(external, "s5", "seat_activated", null, "ben", "2026-10-08");
        signal(external, "s6", "feature_used", "reports", "ben", "2026-10-09");
        awaitReached(account, 3);
        signal(external, "s7", "roi_reported", "hours-saved", "ana", "2026-10-12");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "SUCCEEDED".equals(enrollment(account).getString("status")));
        JsonPath done = enrollment(account);
        assertThat(done.getString("endedOn")).isEqualTo("2026-10-12");
        assertThat(done.getInt("daysTaken")).isEqualTo(11);
        assertThat(done.getList("milestones.reachedOn"))
                .containsExactly("2026-10-03", "2026-10-08", "2026-10-09", "2026-10-12");

        List<String> types = publishedTypes(account, OnboardingSucceeded.TYPE);
        assertThat(types).startsWith(Enrolled.TYPE).endsWith(OnboardingSucceeded.TYPE);
        assertThat(types.stream().filter(MilestoneReached.TYPE::equals)).hasSize(4);

        // The account's onboarding as it happened, newest first, as the account timeline reads it.
        JsonPath events = onboardingEvents(account, "");
        assertThat(events.getList("kind"))
                .containsExactly(
                        "MILESTONE_REACHED",
                        "SUCCEEDED",
                        "MILESTONE_REACHED",
                        "MILESTONE_REACHED",
                        "MILESTONE_REACHED",
                        "ENROLLED");
        assertThat(events.getList("occurredAt"))
                .startsWith("2026-10-12T00:00:00Z", "2026-10-12T00:00:00Z")
                .endsWith("2026-10-01T00:00:00Z");
        assertThat(events.getString("[0].milestoneName")).isEqualTo("First ROI");
        JsonPath older = onboardingEvents(account, "?before=2026-10-08T00:00:00Z&limit=1");
        assertThat(older.getList("milestoneName")).containsExactly("Team on board");

        // A second paid contract does not onboard the account again. A user event sent after it on the same
        // partition tells when it has been read.
        Fixtures.contractStarted(account, UUID.randomUUID(), plan, 3_000, LocalDate.of(2026, 11, 1));
        UUID sentinel = UUID.randomUUID();
        Fixtures.userCreated(account, sentinel, "sentinel", "MEMBER");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.sql("SELECT 1 FROM user_ref WHERE user_id = '" + sentinel + "'") != null);
        assertThat(enrollments(account).getList("$")).hasSize(1);
    }

    @Test
    void aContractWhosePeriodWasOverBeforeTandemHeardOfItIsNotEnrolledOneStillInItIs() {
        String plan = "Plan-" + Fixtures.word();
        Fixtures.program(program("First sync " + plan, plan, 30, "PROCEED", null, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"}
                """));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID longStanding = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        Fixtures.accountCreated(longStanding, "crm-" + longStanding, plan, "LOW");
        Fixtures.accountCreated(recent, "crm-" + recent, plan, "LOW");
        // An integration's first sync: both contracts arrive today, one started 200 days ago, one 10 days ago.
        Fixtures.contractStarted(longStanding, UUID.randomUUID(), plan, 8_000, today.minusDays(200), Instant.now());
        Fixtures.contractStarted(recent, UUID.randomUUID(), plan, 8_000, today.minusDays(10), Instant.now());

        assertThat(awaitEnrollment(recent).getString("dueOn"))
                .as("still in its period: enrolled with the due date its start gives")
                .isEqualTo(today.plusDays(20).toString());
        UUID sentinel = UUID.randomUUID();
        Fixtures.userCreated(longStanding, sentinel, "sentinel", "MEMBER");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.sql("SELECT 1 FROM user_ref WHERE user_id = '" + sentinel + "'") != null);
        assertThat(enrollments(longStanding).getList("$"))
                .as("its period ended long before: enrolled, it could only fail at once")
                .isEmpty();
    }

    @Test
    void proceedFailsAnAccountThatMissedSuccessAndSaysSo() {
        String plan = "Plan-" + Fixtures.word();
        Fixtures.program(program("Proceed " + plan, plan, 10, "PROCEED", null, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"},
                {"name": "Team on board", "kind": "SEATS_ACTIVE", "threshold": 2}
                """));
        UUID account = UUID.randomUUID();
        String external = "crm-" + account;
        Fixtures.accountCreated(account, external, plan, "TECH");
        Fixtures.contractStarted(account, UUID.randomUUID(), plan, 5_000, LocalDate.of(2025, 1, 1));
        awaitEnrollment(account);
        signal(external, "p1", "setup_step_completed", "connect-crm", "ana", "2025-01-02");
        awaitReached(account, 1);

        closePeriods(LocalDate.of(2025, 1, 11));
        assertThat(enrollment(account).getString("status"))
                .as("the last day is still in the period")
                .isEqualTo("IN_PROGRESS");
        closePeriods(LocalDate.of(2025, 1, 12));
        closePeriods(LocalDate.of(2025, 1, 12));

        JsonPath failed = enrollment(account);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("endedOn")).isEqualTo("2025-01-11");
        var events = new TopicReader(Fixtures.kafka())
                .findAll(
                        Topics.CONTENT_EVENTS,
                        r -> account.toString().equals(r.key())
                                && OnboardingFailed.TYPE.equals(TopicReader.header(r, "ce_type")),
                        Duration.ofSeconds(10));
        assertThat(events).as("closed once, however often the job runs").hasSize(1);
        assertThat(events.get(0).value()).contains("\"milestonesReached\":1").contains("\"milestonesTotal\":2");

        // A late signal for a failed onboarding changes nothing.
        signal(external, "p2", "seat_activated", null, "ben", "2025-01-05");
        signal(external, "p3", "seat_activated", null, "cleo", "2025-01-05");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "2"
                        .equals(Fixtures.sql(
                                "SELECT count(*) FROM account_fact WHERE kind = 'SEAT' AND account_external_id = '"
                                        + external + "'")));
        assertThat(enrollment(account).getString("status")).isEqualTo("FAILED");
    }

    @Test
    void extendGivesOneExtensionInWhichLateProgressCountsThenFails() {
        String plan = "Plan-" + Fixtures.word();
        Fixtures.program(program("Extend " + plan, plan, 10, "EXTEND", 5, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"}
                """));
        UUID succeeds = UUID.randomUUID();
        UUID fails = UUID.randomUUID();
        Fixtures.accountCreated(succeeds, "crm-" + succeeds, plan, "HIGH");
        Fixtures.accountCreated(fails, "crm-" + fails, plan, "HIGH");
        Fixtures.contractStarted(succeeds, UUID.randomUUID(), plan, 50_000, LocalDate.of(2025, 3, 1));
        Fixtures.contractStarted(fails, UUID.randomUUID(), plan, 50_000, LocalDate.of(2025, 3, 1));
        awaitEnrollment(succeeds);
        awaitEnrollment(fails);

        // Done two days after the due date: it does not count unless the period is extended.
        signal("crm-" + succeeds, "e1", "setup_step_completed", "connect-crm", "ana", "2025-03-13");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        Fixtures.sql("SELECT 1 FROM account_fact WHERE account_external_id = 'crm-" + succeeds + "'")
                                != null);
        assertThat(enrollment(succeeds).getString("status")).isEqualTo("IN_PROGRESS");

        closePeriods(LocalDate.of(2025, 3, 12));
        JsonPath extended = enrollment(succeeds);
        assertThat(extended.getBoolean("extended")).isTrue();
        assertThat(extended.getString("dueOn")).isEqualTo("2025-03-16");
        assertThat(extended.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(extended.getString("endedOn")).isEqualTo("2025-03-13");
        assertThat(enrollment(fails).getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(enrollment(fails).getString("dueOn")).isEqualTo("2025-03-16");

        closePeriods(LocalDate.of(2025, 3, 17));
        JsonPath failed = enrollment(fails);
        assertThat(failed.getString("status")).as("one extension only").isEqualTo("FAILED");
        assertThat(failed.getString("endedOn")).isEqualTo("2025-03-16");
        assertThat(publishedTypes(fails, OnboardingFailed.TYPE))
                .containsExactly(Enrolled.TYPE, OnboardingExtended.TYPE, OnboardingFailed.TYPE);
    }

    @Test
    void premiumProgramsAreEnrolledByHandOnlyAndOnce() {
        String plan = "Plan-" + Fixtures.word();
        UUID premium = Fixtures.program("""
                {"name": "White glove %s", "premium": true, "price": 4900.00, "currency": "EUR", "plans": ["%s"],
                 "milestones": [{"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"}]}
                """.formatted(plan, plan));
        UUID standard = Fixtures.program(program("Standard " + plan, plan, 90, "PROCEED", null, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"}
                """));
        UUID account = UUID.randomUUID();
        Fixtures.accountCreated(account, "crm-" + account, "FREE", "TECH");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.sql("SELECT 1 FROM account_ref WHERE account_id = '" + account + "'") != null);

        enroll(account, premium)
                .statusCode(201)
                .body("origin", equalTo("MANUAL"))
                .body("status", equalTo("IN_PROGRESS"));
        enroll(account, premium).statusCode(409).contentType("application/problem+json");

        // With an account enrolled, the definition of success is fixed; names and use cases may still change.
        String renamed = """
                {"name": "White glove %s", "premium": true, "price": 5900.00, "currency": "EUR", "plans": ["%s"],
                 "version": 1,
                 "milestones": [{"name": "CRM live", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"}]}
                """.formatted(plan, plan);
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(renamed.replace("connect-crm", "connect-erp").replace("\"version\": 1,", ""))
                .put("/api/v1/programs/{id}", premium)
                .then()
                .statusCode(409);
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(renamed)
                .put("/api/v1/programs/{id}", premium)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("milestones[0].name", equalTo("CRM live"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(renamed)
                .put("/api/v1/programs/{id}", premium)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        enroll(account, standard).statusCode(400).body("errors[0].field", equalTo("programId"));
        enroll(UUID.randomUUID(), premium).statusCode(404);
        enroll(account, UUID.randomUUID()).statusCode(404);
    }

    @Test
    void theEnrollmentsOfSeveralAccountsComeInOneRequest() {
        String plan = "Plan-" + Fixtures.word();
        UUID premium = Fixtures.program("""
                {"name": "Concierge %s", "premium": true, "price": 900.00, "currency": "EUR", "plans": ["%s"],
                 "milestones": [{"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"}]}
                """.formatted(plan, plan));
        List<UUID> accounts = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        accounts.forEach(account -> Fixtures.accountCreated(account, "batch-" + account, "FREE", "TECH"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> accounts.stream()
                        .allMatch(account ->
                                Fixtures.sql("SELECT 1 FROM account_ref WHERE account_id = '" + account + "'")
                                        != null));
        enroll(accounts.get(0), premium).statusCode(201);
        enroll(accounts.get(1), premium).statusCode(201);

        Api.as(TestTokens.VIEWER)
                .queryParam("accountId", accounts)
                .get("/api/v1/enrollments")
                .then()
                .statusCode(200)
                .body(
                        "accountId",
                        containsInAnyOrder(
                                accounts.get(0).toString(), accounts.get(1).toString()))
                .body("milestones[0].name", contains("CRM connected"));
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/enrollments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.as(TestTokens.VIEWER)
                .queryParam(
                        "accountId",
                        java.util.stream.Stream.generate(UUID::randomUUID)
                                .limit(201)
                                .toList())
                .get("/api/v1/enrollments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anErasedAccountIsForgotten() {
        String plan = "Plan-" + Fixtures.word();
        Fixtures.program(program("Erasure " + plan, plan, 30, "PROCEED", null, """
                {"name": "CRM connected", "kind": "SETUP_STEP_DONE", "subject": "connect-crm"}
                """));
        UUID account = UUID.randomUUID();
        String external = "crm-" + account;
        Fixtures.accountCreated(account, external, plan, "LOW");
        Fixtures.contractStarted(account, UUID.randomUUID(), plan, 1_000, LocalDate.of(2026, 11, 1));
        awaitEnrollment(account);
        signal(external, "x1", "setup_step_completed", "connect-crm", "ana", "2026-11-02");
        awaitReached(account, 1);

        Fixtures.send(Topics.ACCOUNT_EVENTS, account.toString(), AccountErased.TYPE, "/account-service", """
                {"accountId": "%s", "externalId": "%s", "erasedAt": "2026-11-05T00:00:00Z"}
                """.formatted(
                        account, external));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.sql("SELECT 1 FROM account_ref WHERE account_id = '" + account + "'") == null);
        assertThat(enrollments(account).getList("$")).isEmpty();
        assertThat(Fixtures.sql("SELECT count(*) FROM account_fact WHERE account_external_id = '" + external + "'"))
                .isEqualTo("0");
    }

    @Test
    void programDefinitionsAreValidatedFieldByField() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "", "periodDays": 0, "endPolicy": "EXTEND", "price": 10, "milestones": []}
                        """)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "periodDays", "milestones"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Rules %s", "endPolicy": "EXTEND", "price": 10,
                         "milestones": [{"name": "x", "kind": "FEATURE_USED"}]}
                        """.formatted(Fixtures.word()))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems("extensionDays", "price", "currency", "milestones[0].subject"));
        String name = "Defaults " + Fixtures.word();
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "milestones": [{"name": "x", "kind": "SEATS_ACTIVE", "threshold": 3}]}
                        """.formatted(name))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .body("periodDays", equalTo(90))
                .body("endPolicy", equalTo("PROCEED"))
                .body("premium", equalTo(false));
    }

    public static String program(
            String name, String plan, int days, String policy, Integer extension, String milestones) {
        return """
                {"name": "%s", "periodDays": %d, "plans": ["%s"], "endPolicy": "%s", "extensionDays": %s,
                 "milestones": [%s]}
                """.formatted(name, days, plan, policy, extension, milestones);
    }

    public static void signal(String external, String eventId, String type, String name, String user, String day) {
        Fixtures.signal(external, eventId, """
                {"eventId": "%2$s", "accountId": "%1$s", "userId": "USER", "type": "TYPE", "name": NAME,
                 "occurredAt": "DAYT12:00:00Z"}
                """.replace("USER", user)
                .replace("TYPE", type)
                .replace("NAME", name == null ? "null" : "\"" + name + "\"")
                .replace("DAY", day));
    }

    public static JsonPath awaitEnrollment(UUID account) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> enrollments(account).getList("$").size() == 1);
        return enrollment(account);
    }

    public static JsonPath enrollment(UUID account) {
        return enrollments(account).setRootPath("[0]");
    }

    private static JsonPath onboardingEvents(UUID account, String query) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}/onboarding-events" + query, account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static void awaitReached(UUID account, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> enrollment(account).getList("milestones.reachedOn").stream()
                                .filter(java.util.Objects::nonNull)
                                .count()
                        == count);
    }

    private static JsonPath enrollments(UUID account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/enrollments", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.ValidatableResponse enroll(UUID account, UUID program) {
        return Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"programId\": \"%s\"}".formatted(account, program))
                .post("/api/v1/enrollments")
                .then();
    }

    /** The CloudEvents types published for the account, in order, once {@code last} is among them. */
    static List<String> publishedTypes(UUID account, String last) {
        var reader = new TopicReader(Fixtures.kafka());
        reader.find(
                Topics.CONTENT_EVENTS,
                r -> account.toString().equals(r.key()) && last.equals(TopicReader.header(r, "ce_type")),
                Duration.ofSeconds(20));
        return reader
                .findAll(Topics.CONTENT_EVENTS, r -> account.toString().equals(r.key()), Duration.ofSeconds(3))
                .stream()
                .map(r -> TopicReader.header(r, "ce_type"))
                .toList();
    }

    /** Runs the period-end job for {@code day}, on a Vert.x context as the scheduler would. */
    private void closePeriods(LocalDate day) {
        try {
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> periodEnds.closeDuePeriods(day));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
