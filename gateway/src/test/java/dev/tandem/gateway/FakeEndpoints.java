package dev.tandem.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fake service's endpoints on the test gateway's router, remembering what each was asked (calls, last body, last
 * query string) by "METHOD path", and answering as the services do: JSON, or problem+json naming the bad field.
 */
public final class FakeEndpoints {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> queries = new ConcurrentHashMap<>();

    public void reset() {
        calls.clear();
        bodies.clear();
        queries.clear();
    }

    public int calls(String endpoint) {
        AtomicInteger count = calls.get(endpoint);
        return count == null ? 0 : count.get();
    }

    public JsonObject lastBody(String endpoint) {
        return bodies.get(endpoint);
    }

    public String lastQuery(String endpoint) {
        return queries.get(endpoint);
    }

    public void route(Router router, String method, String path, Consumer<RoutingContext> answer) {
        String endpoint = method + " " + path;
        router.route(HttpMethod.valueOf(method), path)
                .handler(BodyHandler.create())
                .handler(ctx -> {
                    calls.computeIfAbsent(endpoint, key -> new AtomicInteger()).incrementAndGet();
                    if (ctx.body().length() > 0) {
                        bodies.put(endpoint, ctx.body().asJsonObject());
                    }
                    queries.put(
                            endpoint,
                            ctx.request().query() == null ? "" : ctx.request().query());
                    answer.accept(ctx);
                });
    }

    public static void json(RoutingContext ctx, int status, Object body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toString());
    }

    /** A refusal; {@code field} and {@code reason} name the bad field, or are null when no field is to blame. */
    public static void problem(RoutingContext ctx, int status, String detail, String field, String reason) {
        JsonArray errors = new JsonArray();
        if (field != null) {
            errors.add(new JsonObject().put("field", field).put("reason", reason));
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", "urn:problem-type:tandem:test")
                        .put("title", status == 400 ? "Invalid input" : "Refused")
                        .put("status", status)
                        .put("detail", detail)
                        .put("errors", errors)
                        .toString());
    }
}
