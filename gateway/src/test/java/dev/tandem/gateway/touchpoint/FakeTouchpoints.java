package dev.tandem.gateway.touchpoint;

import static dev.tandem.gateway.FakeEndpoints.json;
import static dev.tandem.gateway.FakeEndpoints.problem;

import dev.tandem.gateway.FakeEndpoints;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Stands in for cta-service's touchpoint endpoints inside the test's gateway, answering as the real ones do:
 * {@link #OTHER_CSMS_ACCOUNT} is another CSM's (403); an unknown participant ({@link #STRANGER}) and a body over 20,000
 * characters are refused naming the field; a deleted touchpoint ({@link #GONE}) is 404.
 */
@Singleton
public class FakeTouchpoints {

    static final UUID OTHER_CSMS_ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000000c5");
    static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-00000000005a");
    static final UUID GONE = UUID.fromString("00000000-0000-0000-0000-0000000000d0");

    static final FakeEndpoints ENDPOINTS = new FakeEndpoints();

    void routes(@Observes Router router) {
        ENDPOINTS.route(router, "POST", "/api/v1/accounts/:accountId/touchpoints", ctx -> {
            UUID account = UUID.fromString(ctx.pathParam("accountId"));
            if (account.equals(OTHER_CSMS_ACCOUNT)) {
                problem(ctx, 403, "You are not CSM of this account.", null, null);
                return;
            }
            if (!refused(ctx)) {
                json(ctx, 201, touchpoint(UUID.randomUUID(), account, ctx.body().asJsonObject()));
            }
        });
        ENDPOINTS.route(
                router,
                "GET",
                "/api/v1/accounts/:accountId/touchpoints/search",
                ctx -> json(ctx, 200, hits(UUID.fromString(ctx.pathParam("accountId")))));
        ENDPOINTS.route(router, "GET", "/api/v1/touchpoints/search", ctx -> json(ctx, 200, hits(UUID.randomUUID())));
        ENDPOINTS.route(router, "GET", "/api/v1/touchpoints/:id", ctx -> {
            if (GONE.toString().equals(ctx.pathParam("id"))) {
                problem(ctx, 404, "Touchpoint " + GONE + " does not exist.", null, null);
                return;
            }
            json(ctx, 200, touchpoint(UUID.fromString(ctx.pathParam("id")), UUID.randomUUID(), sample()));
        });
        ENDPOINTS.route(router, "PUT", "/api/v1/touchpoints/:id", ctx -> {
            if (!refused(ctx)) {
                json(
                        ctx,
                        200,
                        touchpoint(
                                        UUID.fromString(ctx.pathParam("id")),
                                        UUID.randomUUID(),
                                        ctx.body().asJsonObject())
                                .put("version", 2));
            }
        });
        ENDPOINTS.route(
                router,
                "DELETE",
                "/api/v1/touchpoints/:id",
                ctx -> ctx.response().setStatusCode(204).end());
        ENDPOINTS.route(
                router,
                "GET",
                "/api/v1/touchpoint-types",
                ctx -> json(
                        ctx,
                        200,
                        new JsonArray()
                                .add(type("CALL", "Call", true))
                                .add(type("QBR", "QBR", true))
                                .add(type("WORKSHOP", "Workshop", false))));
        ENDPOINTS.route(router, "POST", "/api/v1/touchpoint-types", ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            if (!body.getString("key").matches("[A-Z][A-Z0-9_]{1,39}")) {
                problem(ctx, 400, "The request has invalid fields.", "key", "must be 2-40 capitals, digits or _");
                return;
            }
            json(ctx, 201, type(body.getString("key"), body.getString("name"), false));
        });
    }

    /** cta-service's checks of a touchpoint body that the tests use; true when it answered a refusal. */
    private static boolean refused(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        JsonArray participants = orEmpty(body.getJsonArray("participants"));
        if (participants.contains(STRANGER.toString())) {
            problem(
                    ctx,
                    400,
                    "The request has invalid fields.",
                    "participants[0]",
                    "is not an end user of the account");
            return true;
        }
        if (body.getString("body") != null && body.getString("body").length() > 20_000) {
            problem(ctx, 400, "The request has invalid fields.", "body", "must be at most 20000 characters");
            return true;
        }
        return false;
    }

    /** The gateway sends the lists a caller left out as null; cta-service reads them as empty. */
    private static JsonArray orEmpty(JsonArray list) {
        return list == null ? new JsonArray() : list;
    }

    private static JsonObject sample() {
        return new JsonObject()
                .put("type", "QBR")
                .put("occurredAt", "2026-11-02T10:00:00Z")
                .put("subject", "Quarterly review")
                .put("body", "ROI **up** 20 %")
                .put("participants", new JsonArray())
                .put("sentiment", "POSITIVE");
    }

    private static JsonObject touchpoint(UUID id, UUID account, JsonObject written) {
        JsonArray participants = new JsonArray();
        orEmpty(written.getJsonArray("participants"))
                .forEach(user -> participants.add(new JsonObject()
                        .put("userId", user)
                        .put("name", "Dana Decider")
                        .put("role", "DECISION_MAKER")));
        return new JsonObject()
                .put("id", id.toString())
                .put("accountId", account.toString())
                .put("type", written.getString("type"))
                .put("occurredAt", written.getString("occurredAt"))
                .put("authorId", "csm-1")
                .put("subject", written.getString("subject"))
                .put("body", written.getString("body") == null ? "" : written.getString("body"))
                .put("participants", participants)
                .put("colleagues", orEmpty(written.getJsonArray("colleagues")))
                .put("sentiment", written.getString("sentiment"))
                .put("ctaId", written.getString("ctaId"))
                .put("successPlanId", written.getString("successPlanId"))
                .put("source", null)
                .put("externalId", null)
                .put("version", 1)
                .put("createdAt", "2026-11-02T10:05:00Z")
                .put("updatedAt", "2026-11-02T10:05:00Z");
    }

    private static JsonObject hits(UUID account) {
        JsonObject hit = new JsonObject()
                .put("touchpoint", touchpoint(UUID.randomUUID(), account, sample()))
                .put("rank", 0.61)
                .put("headline", "**ROI** up 20 %");
        return new JsonObject()
                .put("items", new JsonArray().add(hit))
                .put("nextCursor", "MQ")
                .put("hasMore", true);
    }

    private static JsonObject type(String key, String name, boolean builtIn) {
        return new JsonObject()
                .put("key", key)
                .put("name", name)
                .put("description", name + " with the customer")
                .put("builtIn", builtIn);
    }
}
