package dev.tandem.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Stands in for the four services inside the test's gateway, which the test profiles name as their URL: the few
 * endpoints the gateway calls, answering as the real ones do, and counting each call with the token it carried.
 * A customer base of {@link #ACCOUNTS} accounts {@code acme-0} … ; {@code missing} is not one of them.
 */
@Singleton
public class FakeServices {

    static final int ACCOUNTS = 120;
    static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    /** Closing it is refused with 403 and a detail saying why, as cta-service refuses another CSM's CTA. */
    static final UUID FORBIDDEN_CTA = UUID.fromString("00000000-0000-0000-0000-0000000000f0");
    /** Closing it is refused with a bare 403, as a proxy or a role check without a problem body would. */
    static final UUID FORBIDDEN_BARE_CTA = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    /** Patching it is refused with 404, as cta-service answers for a CTA it does not have. */
    static final UUID MISSING_CTA = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    /** Patching it is refused with 409, as cta-service answers for a closed CTA. */
    static final UUID CLOSED_CTA = UUID.fromString("00000000-0000-0000-0000-0000000000f3");
    /** Opening a CTA for this owner is refused with 403 and a field error on ownerId. */
    static final String FORBIDDEN_OWNER = "csm-not-yours";

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final List<String> TOKENS = new CopyOnWriteArrayList<>();
    private static final Map<String, Map<String, List<String>>> LAST_QUERIES = new ConcurrentHashMap<>();
    private static final Map<String, Received> LAST_BODIES = new ConcurrentHashMap<>();

    /** A request body as it came, with its media type. */
    record Received(String contentType, JsonObject body) {}

    /** How many of the next calls to the program endpoints answer 503, as a service that is struggling. */
    static final AtomicInteger PROGRAM_FAILURES = new AtomicInteger();

    static void reset() {
        CALLS.clear();
        TOKENS.clear();
        LAST_QUERIES.clear();
        LAST_BODIES.clear();
        PROGRAM_FAILURES.set(0);
    }

    /** How often an endpoint (method and route, e.g. {@code GET /api/v1/health-scores}) was called. */
    static int calls(String endpoint) {
        AtomicInteger count = CALLS.get(endpoint);
        return count == null ? 0 : count.get();
    }

    static int totalCalls() {
        return CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The query parameters of the latest call of an endpoint, each with its values in order; empty if none came. */
    static Map<String, List<String>> lastQuery(String endpoint) {
        return LAST_QUERIES.getOrDefault(endpoint, Map.of());
    }

    /** The body of the latest call of an endpoint that had one, or null. */
    static Received lastBody(String endpoint) {
        return LAST_BODIES.get(endpoint);
    }

    /** The bearer tokens the calls carried. */
    static List<String> tokens() {
        return List.copyOf(TOKENS);
    }

    static UUID idOf(String externalId) {
        return UUID.nameUUIDFromBytes(externalId.getBytes(StandardCharsets.UTF_8));
    }

    void routes(@Observes Router router) {
        route(router, "GET", "/api/v1/accounts", this::accounts);
        route(router, "GET", "/api/v1/accounts/:externalId", this::account);
        route(
                router,
                "GET",
                "/api/v1/accounts/:externalId/pql",
                ctx -> json(ctx, 200, FakeScorecards.pql(ctx.pathParam("externalId"))));
        route(router, "GET", "/api/v1/health-scores", this::healthScores);
        route(router, "GET", "/api/v1/ctas", this::ctas);
        route(router, "POST", "/api/v1/ctas", this::openCta);
        route(router, "POST", "/api/v1/ctas/:id/close", this::closeCta);
        route(router, "PATCH", "/api/v1/ctas/:id", this::updateCta);
        route(router, "GET", "/api/v1/enrollments", this::enrollments);
        route(router, "GET", "/api/v1/scorecards", ctx -> json(ctx, 200, FakeScorecards.scorecards()));
        route(router, "GET", "/api/v1/rules", ctx -> json(ctx, 200, FakeRules.rules()));
        route(router, "GET", "/api/v1/growth-metrics", ctx -> json(ctx, 200, FakeFigures.growth()));
        route(
                router,
                "GET",
                "/api/v1/programs/:id/stats",
                ctx -> json(ctx, 200, FakeFigures.stats(ctx.pathParam("id"))));
        route(
                router,
                "POST",
                "/api/v1/rules",
                ctx -> json(
                        ctx,
                        201,
                        FakeRules.saved(
                                ctx.body().asJsonObject(), UUID.randomUUID().toString())));
        route(
                router,
                "PUT",
                "/api/v1/rules/:id",
                ctx -> json(ctx, 200, FakeRules.saved(ctx.body().asJsonObject(), ctx.pathParam("id"))));
        route(
                router,
                "POST",
                "/api/v1/scorecards",
                ctx -> json(
                        ctx,
                        201,
                        FakeScorecards.saved(
                                ctx.body().asJsonObject(), UUID.randomUUID().toString())));
        route(
                router,
                "PUT",
                "/api/v1/scorecards/:id",
                ctx -> json(ctx, 200, FakeScorecards.saved(ctx.body().asJsonObject(), ctx.pathParam("id"))));
        route(
                router,
                "GET",
                "/api/v1/churn-analyses",
                ctx -> json(
                        ctx,
                        200,
                        new JsonArray().add(FakeAnalyses.analysis(FakeAnalyses.COMPLETED, "COMPLETED", false))));
        route(
                router,
                "GET",
                "/api/v1/churn-analyses/:id",
                ctx -> json(ctx, 200, FakeAnalyses.analysis(UUID.fromString(ctx.pathParam("id")), "COMPLETED", true)));
        route(router, "POST", "/api/v1/churn-analyses", ctx -> {
            Integer lookBack = ctx.body().asJsonObject().getInteger("lookBackDays");
            if (lookBack != null && lookBack < 365) {
                problem(
                        ctx,
                        422,
                        "Unprocessable Content",
                        "The look-back holds 3 churned and 40 retained outcomes; at least 30 of each are needed.",
                        new JsonArray());
            } else {
                json(ctx, 202, FakeAnalyses.analysis(UUID.randomUUID(), "QUEUED", false));
            }
        });
        route(router, "GET", "/api/v1/cockpit/team", this::teamCockpit);
        route(
                router,
                "GET",
                "/api/v1/queues",
                ctx -> json(
                        ctx,
                        200,
                        new JsonArray()
                                .add(new JsonObject().put("name", "Digital CS").put("open", 3))));
        route(router, "GET", "/api/v1/csms", FakeServices::csms);
        route(router, "GET", "/api/v1/accounts/:accountId/touchpoints", FakeTimeline::touchpoints);
        route(router, "GET", "/api/v1/accounts/:accountId/cta-events", FakeTimeline::ctaEvents);
        route(router, "GET", "/api/v1/accounts/:externalId/health/band-changes", FakeTimeline::bandChanges);
        route(router, "GET", "/api/v1/accounts/:accountId/onboarding-events", FakeTimeline::onboardingEvents);
        route(router, "GET", "/api/v1/accounts/:externalId/contract-changes", FakeTimeline::contractChanges);
        route(router, "GET", "/api/v1/retention/metrics", FakeServices::retentionMetrics);
        route(router, "GET", "/api/v1/retention/series", ctx -> json(ctx, 200, FakeRetention.series()));
        route(router, "GET", "/api/v1/retention/renewals", ctx -> json(ctx, 200, FakeRetention.forecast()));
        route(router, "GET", "/api/v1/retention/ltv", ctx -> json(ctx, 200, FakeRetention.ltv()));
        route(router, "GET", "/api/v1/programs", ctx -> programs(ctx, FakePrograms.programs()));
        route(
                router,
                "POST",
                "/api/v1/programs",
                ctx -> programs(
                        ctx,
                        FakePrograms.saved(
                                ctx.body().asJsonObject(), UUID.randomUUID().toString())));
        route(
                router,
                "PUT",
                "/api/v1/programs/:id",
                ctx -> programs(ctx, FakePrograms.saved(ctx.body().asJsonObject(), ctx.pathParam("id"))));
        route(
                router,
                "POST",
                "/api/v1/content",
                ctx -> json(
                        ctx,
                        201,
                        FakePrograms.savedItem(
                                ctx.body().asJsonObject(), UUID.randomUUID().toString())));
        route(
                router,
                "PUT",
                "/api/v1/content/:id",
                ctx -> json(ctx, 200, FakePrograms.savedItem(ctx.body().asJsonObject(), ctx.pathParam("id"))));
        route(router, "GET", "/api/v1/accounts/:externalId/users", FakeServices::users);
        route(
                router,
                "GET",
                "/api/v1/accounts/:accountId/users/:userId/pql",
                ctx -> json(
                        ctx, 200, FakeScorecards.pql(ctx.pathParam("accountId")).put("user", ctx.pathParam("userId"))));
    }

    private void route(Router router, String method, String path, Consumer<RoutingContext> answer) {
        router.route(HttpMethod.valueOf(method), path)
                .handler(BodyHandler.create())
                .handler(ctx -> {
                    CALLS.computeIfAbsent(method + " " + path, key -> new AtomicInteger())
                            .incrementAndGet();
                    Map<String, List<String>> query = new TreeMap<>();
                    ctx.queryParams().names().forEach(name -> query.put(name, ctx.queryParam(name)));
                    LAST_QUERIES.put(method + " " + path, query);
                    if (ctx.body().length() > 0) {
                        LAST_BODIES.put(
                                method + " " + path,
                                new Received(
                                        ctx.request().getHeader("Content-Type"),
                                        ctx.body().asJsonObject()));
                    }
                    String authorization = ctx.request().getHeader("Authorization");
                    TOKENS.add(authorization == null ? "" : authorization.replaceFirst("^Bearer ", ""));
                    answer.accept(ctx);
                });
    }

    private void accounts(RoutingContext ctx) {
        int first = Integer.parseInt(param(ctx, "first", "50"));
        int from = Integer.parseInt(param(ctx, "after", "0"));
        int to = Math.min(ACCOUNTS, from + first);
        JsonArray items = new JsonArray();
        for (int i = from; i < to; i++) {
            items.add(account("acme-" + i));
        }
        boolean more = to < ACCOUNTS;
        json(
                ctx,
                200,
                new JsonObject()
                        .put("items", items)
                        .put("nextCursor", more ? String.valueOf(to) : null)
                        .put("hasMore", more));
    }

    private void account(RoutingContext ctx) {
        String externalId = ctx.pathParam("externalId");
        if ("missing".equals(externalId)) {
            problem(ctx, 404, "Not found", "no account " + externalId, new JsonArray());
            return;
        }
        json(ctx, 200, account(externalId));
    }

    private void healthScores(RoutingContext ctx) {
        JsonArray answer = new JsonArray();
        for (String account : ctx.queryParam("accountId")) {
            answer.add(new JsonObject()
                    .put("accountId", account)
                    .put("score", 42)
                    .put("band", "RED")
                    .put("exactScore", 42.4)
                    .put("explanation", "Seat use costs 20 points")
                    .put("trend7", -8)
                    .put("trend30", null)
                    .put(
                            "groups",
                            new JsonArray()
                                    .add(new JsonObject()
                                            .put("key", "deployment")
                                            .put("name", "Deployment")
                                            .put("score", 42)
                                            .put("effectiveWeight", 1)
                                            .put(
                                                    "measures",
                                                    new JsonArray()
                                                            .add(new JsonObject()
                                                                    .put("key", "seats")
                                                                    .put("name", "Seats used")
                                                                    .put("rawValue", 0.42)
                                                                    .put("points", 42)
                                                                    .put("effectiveWeight", 1)
                                                                    .put("contribution", 42.4))))));
        }
        json(ctx, 200, answer);
    }

    private void ctas(RoutingContext ctx) {
        JsonArray items = new JsonArray();
        for (String account : ctx.queryParam("accountId")) {
            items.add(cta(UUID.randomUUID(), UUID.fromString(account), "OPEN"));
        }
        json(
                ctx,
                200,
                new JsonObject().put("items", items).put("nextCursor", null).put("hasMore", false));
    }

    /** One queued CTA of acme-0, as cta-service ranks the team's CTAs. */
    private void teamCockpit(RoutingContext ctx) {
        JsonObject cta = cta(UUID.randomUUID(), idOf("acme-0"), "OPEN")
                .put("ownerId", null)
                .put("queue", param(ctx, "queue", "Unassigned"));
        json(
                ctx,
                200,
                new JsonArray()
                        .add(new JsonObject()
                                .put("cta", cta)
                                .put("accountName", "Acme 0")
                                .put("healthScore", 42)
                                .put("urgency", 61.5)));
    }

    private void openCta(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body.getString("reason", "").isBlank()) {
            problem(
                    ctx,
                    400,
                    "Invalid input",
                    "The request has invalid fields.",
                    new JsonArray().add(new JsonObject().put("field", "reason").put("message", "is required")));
            return;
        }
        if (FORBIDDEN_OWNER.equals(body.getString("ownerId"))) {
            problem(
                    ctx,
                    403,
                    "Forbidden",
                    "Your role may not set ownerId to this value.",
                    new JsonArray()
                            .add(new JsonObject()
                                    .put("field", "ownerId")
                                    .put(
                                            "message",
                                            "on an account you are not CSM of, you may open a CTA only for"
                                                    + " yourself")));
            return;
        }
        json(ctx, 201, cta(UUID.randomUUID(), UUID.fromString(body.getString("accountId")), "OPEN"));
    }

    private void closeCta(RoutingContext ctx) {
        UUID id = UUID.fromString(ctx.pathParam("id"));
        if (FORBIDDEN_CTA.equals(id)) {
            problem(
                    ctx,
                    403,
                    "Forbidden",
                    "CTA " + id + " is neither yours nor on an account you are CSM of; its owner, the account's CSM"
                            + " or a cs-admin may change it.",
                    new JsonArray());
            return;
        }
        if (FORBIDDEN_BARE_CTA.equals(id)) {
            ctx.response().setStatusCode(403).end();
            return;
        }
        json(ctx, 200, cta(id, idOf("acme-0"), "CLOSED_SUCCESS"));
    }

    /** Applies a merge patch of priority and dueDate, refusing as cta-service does. */
    private void updateCta(RoutingContext ctx) {
        UUID id = UUID.fromString(ctx.pathParam("id"));
        JsonObject patch = ctx.body().asJsonObject();
        if (FORBIDDEN_CTA.equals(id)) {
            problem(
                    ctx,
                    403,
                    "Forbidden",
                    "CTA " + id + " is neither yours nor on an account you are CSM of.",
                    new JsonArray());
        } else if (MISSING_CTA.equals(id)) {
            problem(ctx, 404, "Not found", "CTA " + id + " does not exist", new JsonArray());
        } else if (CLOSED_CTA.equals(id)) {
            problem(ctx, 409, "Conflict", "CTA " + id + " is closed (CLOSED_SUCCESS)", new JsonArray());
        } else if (patch.containsKey("priority") && patch.getValue("priority") == null) {
            problem(
                    ctx,
                    400,
                    "Invalid input",
                    "The request has invalid fields.",
                    new JsonArray()
                            .add(new JsonObject()
                                    .put("field", "priority")
                                    .put("message", "must be one of [LOW, MEDIUM, HIGH, URGENT]")));
        } else {
            JsonObject cta = cta(id, idOf("acme-0"), "OPEN").put("dueDate", "2030-01-01");
            patch.forEach(field -> cta.put(field.getKey(), field.getValue()));
            json(ctx, 200, cta);
        }
    }

    private void enrollments(RoutingContext ctx) {
        JsonArray answer = new JsonArray();
        for (String account : ctx.queryParam("accountId")) {
            answer.add(new JsonObject()
                    .put("id", UUID.randomUUID().toString())
                    .put("accountId", account)
                    .put("programId", PROGRAM.toString())
                    .put("origin", "AUTOMATIC")
                    .put("status", "IN_PROGRESS")
                    .put("startedOn", "2026-10-01")
                    .put("dueOn", "2026-12-30")
                    .put("extended", false)
                    .put(
                            "milestones",
                            new JsonArray()
                                    .add(new JsonObject()
                                            .put(
                                                    "milestoneId",
                                                    UUID.randomUUID().toString())
                                            .put("name", "CRM connected")
                                            .put("reachedOn", "2026-10-04"))));
        }
        json(ctx, 200, answer);
    }

    /** An account's users: as many as asked, up to 30, each named after the account. */
    private static void users(RoutingContext ctx) {
        int first = Math.min(30, Integer.parseInt(param(ctx, "first", "50")));
        JsonArray items = new JsonArray();
        for (int i = 0; i < first; i++) {
            items.add(new JsonObject()
                    .put("id", UUID.randomUUID().toString())
                    .put("externalId", ctx.pathParam("externalId") + "-user-" + i)
                    .put("name", "User " + i)
                    .put("role", "MEMBER")
                    .put("seat", "PAID")
                    .put("signedUpAt", "2026-10-01T08:00:00Z"));
        }
        json(
                ctx,
                200,
                new JsonObject().put("items", items).put("nextCursor", null).put("hasMore", false));
    }

    private void programs(RoutingContext ctx, Object answer) {
        if (PROGRAM_FAILURES.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            problem(ctx, 503, "Unavailable", "try again", new JsonArray());
            return;
        }
        json(ctx, 200, answer);
    }

    private static JsonObject account(String externalId) {
        return new JsonObject()
                .put("id", idOf(externalId).toString())
                .put("externalId", externalId)
                .put("name", "Account " + externalId)
                .put("billingModel", "SUBSCRIPTION")
                .put("plan", "Growth")
                .put("stage", "ONBOARDING")
                .put("touchModel", "LOW")
                .put("community", false)
                .put("arr", 20000)
                .put("nextRenewalDate", "2027-10-01");
    }

    private static JsonObject cta(UUID id, UUID account, String status) {
        return new JsonObject()
                .put("id", id.toString())
                .put("accountId", account.toString())
                .put("type", "RISK")
                .put("reason", "Health dropped")
                .put("priority", "HIGH")
                .put("status", status)
                .put("ownerId", "csm-1")
                .put("source", "RULE")
                .put("triggerCount", 1);
    }

    private static String param(RoutingContext ctx, String name, String fallback) {
        String value = ctx.request().getParam(name);
        return value == null ? fallback : value;
    }

    /** As account-service answers, refusing a period that ends before it starts. */
    private static void retentionMetrics(RoutingContext ctx) {
        String from = ctx.queryParams().get("from");
        String to = ctx.queryParams().get("to");
        if (from != null && to != null && to.compareTo(from) < 0) {
            problem(
                    ctx,
                    400,
                    "Invalid input",
                    "Invalid input",
                    new JsonArray().add(new JsonObject().put("field", "to").put("reason", "must not be before from")));
            return;
        }
        json(ctx, 200, FakeRetention.report(ctx.queryParam("breakdown")));
    }

    static void json(RoutingContext ctx, int status, Object body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toString());
    }

    private static void problem(RoutingContext ctx, int status, String title, String detail, JsonArray errors) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", "urn:problem-type:tandem:test")
                        .put("title", title)
                        .put("status", status)
                        .put("detail", detail)
                        .put("errors", errors)
                        .toString());
    }

    /** cta-service's team directory: two people, a page of one when asked for one. */
    private static void csms(RoutingContext ctx) {
        JsonArray people = new JsonArray()
                .add(new JsonObject()
                        .put("id", "7d0c2a52-0000-4000-8000-00000000ada0")
                        .put("username", "ada")
                        .put("name", "Ada Admin")
                        .put("email", "ada@example.com")
                        .put("roles", new JsonArray().add("cs-admin")))
                .add(new JsonObject()
                        .put("id", "7d0c2a52-0000-4000-8000-00000000ca71")
                        .put("username", "carl")
                        .put("name", "Carl Success")
                        .put("email", "carl@example.com")
                        .put("roles", new JsonArray().add("csm")));
        boolean one = "1".equals(ctx.queryParams().get("first"));
        json(
                ctx,
                200,
                new JsonObject()
                        .put("items", one ? new JsonArray().add(people.getJsonObject(0)) : people)
                        .put("nextCursor", one ? "after-ada" : null)
                        .put("hasMore", one));
    }
}
