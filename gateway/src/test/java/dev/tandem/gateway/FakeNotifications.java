package dev.tandem.gateway;

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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for cta-service's notification preferences inside the test's gateway, answering as the real endpoints do:
 * "me" is the token's subject, every kind is listed, webhook URLs are whole for cs-admins and cut to their host for
 * everyone else, and an e-mail without an {@code @} is 400 naming {@code email}.
 */
@Singleton
public class FakeNotifications {

    private static final List<String> KINDS =
            List.of("CTA_ASSIGNED", "CTA_OVERDUE", "ACCOUNT_RED", "DETRACTOR", "DAILY_DIGEST");
    private static final Map<String, JsonObject> STORED = new ConcurrentHashMap<>();

    void routes(@Observes Router router) {
        router.get("/api/v1/me/notification-preferences")
                .handler(ctx -> read(ctx, FakeCallers.claims(ctx).getString("sub")));
        router.route(HttpMethod.PUT, "/api/v1/me/notification-preferences")
                .handler(BodyHandler.create())
                .handler(ctx -> replace(ctx, FakeCallers.claims(ctx).getString("sub")));
        router.get("/api/v1/people/:person/notification-preferences")
                .handler(ctx -> read(ctx, ctx.pathParam("person")));
        router.route(HttpMethod.PUT, "/api/v1/people/:person/notification-preferences")
                .handler(BodyHandler.create())
                .handler(ctx -> replace(ctx, ctx.pathParam("person")));
    }

    private static void replace(RoutingContext ctx, String person) {
        JsonObject body = ctx.body().asJsonObject();
        String email = body.getString("email");
        if (email != null && !email.contains("@")) {
            ctx.response()
                    .setStatusCode(400)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject()
                            .put("title", "Invalid input")
                            .put("status", 400)
                            .put("detail", "The request has invalid fields.")
                            .put(
                                    "errors",
                                    new JsonArray()
                                            .add(new JsonObject()
                                                    .put("field", "email")
                                                    .put("reason", "must be an e-mail address")))
                            .encode());
            return;
        }
        STORED.put(person, body);
        read(ctx, person);
    }

    private static void read(RoutingContext ctx, String person) {
        JsonObject stored = STORED.getOrDefault(person, new JsonObject().put("kinds", new JsonArray()));
        JsonArray kinds = new JsonArray();
        for (String kind : KINDS) {
            JsonObject chosen = stored.getJsonArray("kinds").stream()
                    .map(JsonObject.class::cast)
                    .filter(choice -> kind.equals(choice.getString("kind")))
                    .findFirst()
                    .orElse(new JsonObject().put("channels", new JsonArray()));
            kinds.add(new JsonObject()
                    .put("kind", kind)
                    .put("channels", chosen.getJsonArray("channels"))
                    .put("digest", Boolean.TRUE.equals(chosen.getBoolean("digest"))));
        }
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("person", person)
                        .put("email", stored.getString("email"))
                        .put("slackUrl", FakeCallers.urlFor(ctx, stored.getString("slackUrl")))
                        .put("teamsUrl", FakeCallers.urlFor(ctx, stored.getString("teamsUrl")))
                        .put("kinds", kinds)
                        .encode());
    }
}
