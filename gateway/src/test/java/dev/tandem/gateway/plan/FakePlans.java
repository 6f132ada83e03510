package dev.tandem.gateway.plan;

import static dev.tandem.gateway.FakeEndpoints.json;
import static dev.tandem.gateway.FakeEndpoints.problem;

import dev.tandem.gateway.FakeEndpoints;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for cta-service's success plan endpoints inside the test's gateway, answering as the real ones do: every
 * account has a plan but {@link #WITHOUT_PLAN}; {@link #FORBIDDEN_PLAN} is another CSM's; a goal on {@code happiness}
 * is refused naming {@code goal.metric}.
 */
@Singleton
public class FakePlans {

    static final UUID WITHOUT_PLAN = UUID.nameUUIDFromBytes("acme-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static final UUID FORBIDDEN_PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000e0");

    private static final FakeEndpoints ENDPOINTS = new FakeEndpoints();
    private static final Map<String, List<String>> ACCOUNTS_ASKED = new ConcurrentHashMap<>();

    static void reset() {
        ENDPOINTS.reset();
        ACCOUNTS_ASKED.clear();
    }

    static int calls(String endpoint) {
        return ENDPOINTS.calls(endpoint);
    }

    static JsonObject lastBody(String endpoint) {
        return ENDPOINTS.lastBody(endpoint);
    }

    static List<String> accountsAsked() {
        return ACCOUNTS_ASKED.getOrDefault("last", List.of());
    }

    void routes(@Observes Router router) {
        ENDPOINTS.route(router, "GET", "/api/v1/success-plans", ctx -> {
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
        ENDPOINTS.route(
                router,
                "POST",
                "/api/v1/success-plans",
                ctx -> json(
                        ctx,
                        201,
                        plan(
                                UUID.randomUUID(),
                                UUID.fromString(ctx.body().asJsonObject().getString("accountId")))));
        ENDPOINTS.route(
                router,
                "GET",
                "/api/v1/success-plan-templates",
                ctx -> json(ctx, 200, new JsonArray().add(template(UUID.randomUUID(), "Enterprise onboarding"))));
        ENDPOINTS.route(router, "POST", "/api/v1/success-plan-templates", ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            if (body.getJsonArray("objectives").isEmpty()) {
                problem(ctx, 400, "The request has invalid fields.", "objectives", "must hold at least one objective");
                return;
            }
            json(ctx, 201, template(UUID.randomUUID(), body.getString("name")));
        });
        ENDPOINTS.route(router, "POST", "/api/v1/success-plans/:id/objectives", ctx -> {
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
        ENDPOINTS.route(router, "PUT", "/api/v1/success-plans/:id/objectives/:objectiveId", ctx -> {
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
        ENDPOINTS.route(
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

    private static JsonObject template(UUID id, String name) {
        return new JsonObject()
                .put("id", id.toString())
                .put("name", name)
                .put("touchModel", "HIGH")
                .put(
                        "objectives",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("title", "Save the team hours")
                                        .put("kind", "ROI")
                                        .put("metric", "hours_saved")
                                        .put("direction", "UP")
                                        .put("improvementPercent", 20)
                                        .put("dueInDays", 90)
                                        .put("playbookId", null)))
                .put("createdAt", "2026-03-01T09:00:00Z");
    }

    private static JsonObject task(UUID id) {
        return new JsonObject()
                .put("id", id.toString())
                .put("title", "Train the team")
                .put("ownerId", "csm-1")
                .put("dueDate", "2026-04-15")
                .put("done", false);
    }
}
