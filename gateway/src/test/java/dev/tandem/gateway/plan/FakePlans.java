package dev.tandem.gateway.plan;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Stands in for cta-service's success plan endpoints inside the test's gateway, answering as the real ones do: every
 * account has a plan but {@link #WITHOUT_PLAN}; {@link #FORBIDDEN_PLAN} is another CSM's; a goal on {@code happiness}
 * is refused naming {@code goal.metric}.
 */
@Singleton
public class FakePlans {

    static final UUID WITHOUT_PLAN = UUID.nameUUIDFromBytes("acme-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static final UUID FORBIDDEN_PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000e0");

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final Map<String, JsonObject> BODIES = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> ACCOUNTS_ASKED = new ConcurrentHashMap<>();

    static void reset() {
        CALLS.clear();
        BODIES.clear();
        ACCOUNTS_ASKED.clear();
    }

    static int calls(String endpoint) {
        AtomicInteger count = CALLS.get(endpoint);
        return count == null ? 0 : count.get();
    }

    static JsonObject lastBody(String endpoint) {
        return BODIES.get(endpoint);
    }

    static List<String> accountsAsked() {
        return ACCOUNTS_ASKED.getOrDefault("last", List.of());
    }

    void routes(@Observes Router router) {
        route(router, "GET", "/api/v1/success-plans", ctx -> {
            ACCOUNTS_ASKED.put("last", ctx.queryParam("accountId"));
            JsonArray items = new JsonArray();
            ctx.queryParam("accountId").stream()
                    .map(UUID::fromString)
                    .filter(account -> !account.equals(WITHOUT_PLAN))
                    .forEach(account -> items.add(plan(UUID.randomUUID(), account)));
            json(
                    ctx,
                    200,
                    new JsonObject().put("items", items).put("nextCursor", null).put("hasMore", false));
        });
        route(
                router,
                "POST",
                "/api/v1/success-plans",
                ctx -> json(
                        ctx,
                        201,
                        plan(
                                UUID.randomUUID(),
                                UUID.fromString(ctx.body().asJsonObject().getString("accountId")))));
        route(router, "POST", "/api/v1/success-plans/:id/objectives", ctx -> {
            if ("happiness"
                    .equals(ctx.body().asJsonObject().getJsonObject("goal").getString("metric"))) {
                problem(
                        ctx,
                        400,
                        "The request has invalid fields.",
                        "goal.metric",
                        "is not a metric health-service computes");
                return;
            }
            json(ctx, 201, plan(UUID.fromString(ctx.pathParam("id")), UUID.randomUUID()));
        });
        route(router, "PUT", "/api/v1/success-plans/:id/objectives/:objectiveId", ctx -> {
            if (FORBIDDEN_PLAN.toString().equals(ctx.pathParam("id"))) {
                problem(
                        ctx,
                        403,
                        "This success plan is of an account you are not CSM of; its CSM or a cs-admin may change it.",
                        null,
                        null);
                return;
            }
            json(ctx, 200, plan(UUID.fromString(ctx.pathParam("id")), UUID.randomUUID()));
        });
        route(
                router,
                "POST",
                "/api/v1/success-plans/:id/objectives/:objectiveId/tasks/:taskId/done",
                ctx -> json(
                        ctx, 200, task(UUID.fromString(ctx.pathParam("taskId"))).put("done", true)));
    }

    private static JsonObject plan(UUID id, UUID account) {
        return new JsonObject()
                .put("id", id.toString())
                .put("accountId", account.toString())
                .put("name", "Success plan")
                .put("status", "AT_RISK")
                .put("createdBy", "csm-1")
                .put("createdAt", "2026-03-01T09:00:00Z")
                .put(
                        "objectives",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("id", UUID.randomUUID().toString())
                                        .put("position", 1)
                                        .put("title", "Use the seats")
                                        .put("ownerId", "csm-1")
                                        .put("startDate", "2026-03-01")
                                        .put("dueDate", "2026-09-01")
                                        .put(
                                                "goal",
                                                new JsonObject()
                                                        .put("kind", "HEALTH")
                                                        .put("metric", "seat_utilisation")
                                                        .put("baseline", 0.4)
                                                        .put("target", 0.8)
                                                        .put("direction", "UP"))
                                        .put("currentValue", 0.5)
                                        .put("measuredAt", "2026-04-01T06:00:00Z")
                                        .put("progress", 0.25)
                                        .put("improvementPercent", 25)
                                        .put("status", "AT_RISK")
                                        .put("statusSince", "2026-04-01T06:00:00Z")
                                        .put("tasks", new JsonArray().add(task(UUID.randomUUID())))));
    }

    private static JsonObject task(UUID id) {
        return new JsonObject()
                .put("id", id.toString())
                .put("title", "Train the team")
                .put("ownerId", "csm-1")
                .put("dueDate", "2026-04-15")
                .put("done", false);
    }

    private static void route(Router router, String method, String path, Consumer<RoutingContext> answer) {
        router.route(HttpMethod.valueOf(method), path)
                .handler(BodyHandler.create())
                .handler(ctx -> {
                    CALLS.computeIfAbsent(method + " " + path, key -> new AtomicInteger())
                            .incrementAndGet();
                    if (ctx.body().length() > 0) {
                        BODIES.put(method + " " + path, ctx.body().asJsonObject());
                    }
                    answer.accept(ctx);
                });
    }

    private static void json(RoutingContext ctx, int status, Object body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toString());
    }

    private static void problem(RoutingContext ctx, int status, String detail, String field, String reason) {
        JsonArray errors = new JsonArray();
        if (field != null) {
            errors.add(new JsonObject().put("field", field).put("reason", reason));
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", "urn:problem-type:tandem:test")
                        .put("title", status == 400 ? "Invalid input" : "Forbidden")
                        .put("status", status)
                        .put("detail", detail)
                        .put("errors", errors)
                        .toString());
    }
}
