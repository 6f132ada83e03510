package dev.tandem.cta.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.cta.CtaCreated;
import dev.tandem.events.cta.TaskCompleted;
import dev.tandem.events.health.HealthBand;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** CTAs as people work them over REST. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class CtaResourceTest {

    @Test
    void openByHandAnnouncesItAndValidatesWithProblemDetails() {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-manual");

        String id = open(account, "RISK", "champion left", TestTokens.CSM)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/ctas/"))
                .body("status", equalTo("OPEN"))
                .body("source", equalTo("MANUAL"))
                .body("ownerId", equalTo("csm-manual"))
                .body("priority", equalTo("MEDIUM"))
                .extract()
                .path("id");
        assertThat(new TopicReader(Fixtures.kafka())
                        .find(
                                Topics.CTA_EVENTS,
                                r -> CtaCreated.TYPE.equals(TopicReader.header(r, "ce_type"))
                                        && r.value().contains(id),
                                Fixtures.WAIT))
                .isPresent();

        Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body("{\"type\": \"RISK\", \"reason\": \"  \"}")
                .post("/api/v1/ctas")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("accountId", "reason"));
        open(account, "NOT_A_TYPE", "x", TestTokens.CSM)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        open(UUID.randomUUID(), "RISK", "x", TestTokens.CSM)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("accountId"));
    }

    @Test
    void concurrentOpeningsOfTheSameReasonAddToOneCta() throws Exception {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        var pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Response> call = () -> open(account, "EXPANSION", "seats nearly full", TestTokens.CS_ADMIN);
                calls.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> call : calls) {
                statuses.add(call.get().statusCode());
                ids.add(call.get().path("id"));
            }
            assertThat(statuses)
                    .containsOnly(200, 201)
                    .filteredOn(s -> s == 201)
                    .hasSize(1);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(Fixtures.openCtas(account)).isEqualTo(1);
        assertThat(Fixtures.text("SELECT trigger_count FROM cta WHERE account_id = '" + account + "'"))
                .isEqualTo("8");
    }

    @Test
    void listFiltersAndPages() {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        for (String reason : List.of("one", "two", "three")) {
            open(account, "RISK", reason, TestTokens.CS_ADMIN).then().statusCode(201);
        }
        open(account, "EXPANSION", "four", TestTokens.CS_ADMIN).then().statusCode(201);

        Response first = Api.as(TestTokens.VIEWER)
                .queryParam("accountId", account)
                .queryParam("type", "RISK")
                .queryParam("first", 2)
                .get("/api/v1/ctas");
        first.then()
                .statusCode(200)
                .body("items.reason", contains("three", "two"))
                .body("hasMore", is(true));
        Api.as(TestTokens.VIEWER)
                .queryParam("accountId", account)
                .queryParam("type", "RISK")
                .queryParam("first", 2)
                .queryParam("after", first.path("nextCursor").toString())
                .get("/api/v1/ctas")
                .then()
                .statusCode(200)
                .body("items.reason", contains("one"))
                .body("hasMore", is(false))
                .body("nextCursor", nullValue());
        Api.as(TestTokens.VIEWER)
                .queryParam("after", "not-a-cursor")
                .get("/api/v1/ctas")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
        Api.as(TestTokens.VIEWER)
                .queryParam("first", 500)
                .get("/api/v1/ctas")
                .then()
                .statusCode(400);
    }

    @Test
    void theCtasOfSeveralAccountsComeInOneList() {
        UUID one = Fixtures.account(Fixtures.plan(), null);
        UUID two = Fixtures.account(Fixtures.plan(), null);
        UUID other = Fixtures.account(Fixtures.plan(), null);
        open(one, "RISK", "first", TestTokens.CS_ADMIN).then().statusCode(201);
        open(two, "RISK", "second", TestTokens.CS_ADMIN).then().statusCode(201);
        open(other, "RISK", "elsewhere", TestTokens.CS_ADMIN).then().statusCode(201);

        Api.as(TestTokens.VIEWER)
                .queryParam("accountId", one, two)
                .queryParam("status", "OPEN")
                .get("/api/v1/ctas")
                .then()
                .statusCode(200)
                .body("items.reason", contains("second", "first"));
        Api.as(TestTokens.VIEWER)
                .queryParam(
                        "accountId",
                        java.util.stream.Stream.generate(UUID::randomUUID)
                                .limit(201)
                                .toList())
                .get("/api/v1/ctas")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("accountId"));
    }

    @Test
    void commentSnoozeReassignAndClose() {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        String id = open(account, "RISK", "usage fell", TestTokens.CS_ADMIN).path("id");

        post(id, "comments", "{\"body\": \"Called the champion\"}", TestTokens.CS_ADMIN)
                .then()
                .statusCode(201)
                .body("authorId", equalTo("cs-admin-user"));
        post(id, "snooze", "{\"until\": \"%s\", \"reason\": \"r\"}".formatted(LocalDate.now()), TestTokens.CS_ADMIN)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("until"));
        post(id, "reassign", "{\"ownerId\": \"csm-next\"}", TestTokens.CS_ADMIN)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo("csm-next"));
        post(id, "close", "{\"outcome\": \"CLOSED_LOST\", \"reason\": \"churned\"}", TestTokens.CS_ADMIN)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED_LOST"))
                .body("closedAt", notNullValue());
        post(id, "close", "{\"outcome\": \"CLOSED_SUCCESS\"}", TestTokens.CS_ADMIN)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        post(id, "close", "{\"outcome\": \"OPEN\"}", TestTokens.CS_ADMIN).then().statusCode(400);

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/ctas/{id}", id)
                .then()
                .statusCode(200)
                .body("cta.closeReason", equalTo("churned"))
                .body("comments.body", contains("Called the champion"));
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/ctas/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void bulkReassignMovesAllOrNone() {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        String a = open(account, "RISK", "a", TestTokens.CS_ADMIN).path("id");
        String b = open(account, "RISK", "b", TestTokens.CS_ADMIN).path("id");

        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"ctaIds\": [\"%s\", \"%s\"], \"ownerId\": \"csm-bulk\"}".formatted(a, b))
                .post("/api/v1/ctas/reassign")
                .then()
                .statusCode(200)
                .body("ownerId", contains("csm-bulk", "csm-bulk"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"ctaIds\": [\"%s\", \"%s\"], \"ownerId\": \"csm-x\"}".formatted(a, UUID.randomUUID()))
                .post("/api/v1/ctas/reassign")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ctaIds"));
        assertThat(Fixtures.text("SELECT owner_id FROM cta WHERE id = '" + a + "'"))
                .isEqualTo("csm-bulk");
    }

    @Test
    void cockpitRanksLowHealthHighArrNearRenewalFirstAndHidesSnoozed() {
        String me = "csm-cockpit-" + UUID.randomUUID();
        UUID calm = Fixtures.account(Fixtures.plan(), me);
        UUID burning = Fixtures.account(Fixtures.plan(), me);
        UUID snoozed = Fixtures.account(Fixtures.plan(), me);
        Fixtures.score(calm, null, 92, null, HealthBand.GREEN);
        Fixtures.contract(calm, 5, "4000", LocalDate.now().plusDays(300));
        Fixtures.score(burning, null, 21, null, HealthBand.RED);
        Fixtures.contract(burning, 50, "180000", LocalDate.now().plusDays(25));
        String token = TestTokens.forUser(me, TestTokens.CSM);
        String calmCta = openAs(calm, "RISK", "check in", token).path("id");
        String burningCta = openAs(burning, "RISK", "save it", token).path("id");
        String snoozedCta = openAs(snoozed, "RISK", "later", token).path("id");
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"until\": \"%s\", \"reason\": \"next quarter\"}"
                        .formatted(LocalDate.now().plusDays(60)))
                .post("/api/v1/ctas/{id}/snooze", snoozedCta)
                .then()
                .statusCode(200);

        io.restassured.RestAssured.given()
                .auth()
                .oauth2(token)
                .get("/api/v1/cockpit")
                .then()
                .statusCode(200)
                .body("cta.id", contains(burningCta, calmCta))
                .body("[0].healthScore", equalTo(21))
                .body("[0].renewalDate", equalTo(LocalDate.now().plusDays(25).toString()));
    }

    @Test
    void playbooksAttachedByHandGiveDatedTasksThatCanBeDoneAndUndone() {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        String playbook = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "rescue %s", "description": "when a champion leaves",
                         "steps": [{"title": "Find the new champion", "dueOffsetDays": 2},
                                   {"title": "Run a value review", "dueOffsetDays": 10}]}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/playbooks")
                .then()
                .statusCode(201)
                .body("steps", hasSize(2))
                .extract()
                .path("id");
        String cta = open(account, "RISK", "champion left", TestTokens.CS_ADMIN).path("id");

        List<String> tasks = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"playbookId\": \"%s\"}".formatted(playbook))
                .post("/api/v1/ctas/{id}/tasks", cta)
                .then()
                .statusCode(201)
                .body(
                        "dueDate",
                        contains(
                                LocalDate.now().plusDays(2).toString(),
                                LocalDate.now().plusDays(10).toString()))
                .extract()
                .path("id");
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"playbookId\": \"%s\"}".formatted(playbook))
                .post("/api/v1/ctas/{id}/tasks", cta)
                .then()
                .statusCode(409);

        Api.as(TestTokens.CS_ADMIN)
                .post("/api/v1/ctas/{id}/tasks/{task}/done", cta, tasks.get(0))
                .then()
                .statusCode(200)
                .body("done", is(true))
                .body("doneBy", equalTo("cs-admin-user"));
        assertThat(new TopicReader(Fixtures.kafka())
                        .find(
                                Topics.CTA_EVENTS,
                                r -> TaskCompleted.TYPE.equals(TopicReader.header(r, "ce_type"))
                                        && r.value().contains(tasks.get(0)),
                                Fixtures.WAIT))
                .isPresent();
        Api.as(TestTokens.CS_ADMIN)
                .post("/api/v1/ctas/{id}/tasks/{task}/undone", cta, tasks.get(0))
                .then()
                .statusCode(200)
                .body("done", is(false))
                .body("doneAt", nullValue());
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/playbooks")
                .then()
                .statusCode(200)
                .body("[0].name", equalTo("Renewal preparation"))
                .body("[0].builtIn", is(true));
    }

    @Test
    void anAccountsCtasAreListedAsOpenedAndClosedNewestFirst() {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        String first = open(account, "RISK", "first", TestTokens.CS_ADMIN)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String second = open(account, "RISK", "second", TestTokens.CS_ADMIN)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        post(first, "close", "{\"outcome\": \"CLOSED_SUCCESS\", \"reason\": \"saved\"}", TestTokens.CS_ADMIN)
                .then()
                .statusCode(200);

        var events = ctaEvents(account, "");
        assertThat(events.getList("kind")).containsExactly("CLOSED", "OPENED", "OPENED");
        assertThat(events.getList("cta.id")).containsExactly(first, second, first);
        assertThat(events.getString("[0].cta.status")).isEqualTo("CLOSED_SUCCESS");

        var older = ctaEvents(account, "?before=" + events.getString("[1].occurredAt") + "&limit=1");
        assertThat(older.getList("cta.id")).containsExactly(second);
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}/cta-events?before=soon", account)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("before"));
    }

    private static io.restassured.path.json.JsonPath ctaEvents(UUID account, String query) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}/cta-events" + query, account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static Response open(UUID account, String type, String reason, String role) {
        return Api.as(role)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"type\": \"%s\", \"reason\": \"%s\"}".formatted(account, type, reason))
                .post("/api/v1/ctas");
    }

    static Response openAs(UUID account, String type, String reason, String token) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"type\": \"%s\", \"reason\": \"%s\"}".formatted(account, type, reason))
                .post("/api/v1/ctas");
    }

    static Response post(String cta, String action, String body, String role) {
        return Api.as(role).contentType(ContentType.JSON).body(body).post("/api/v1/ctas/{id}/" + action, cta);
    }
}
