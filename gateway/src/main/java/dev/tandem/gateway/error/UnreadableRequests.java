package dev.tandem.gateway.error;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonException;

/**
 * A request body the GraphQL endpoint cannot read as JSON (malformed, or nested deeper than the parser's 1,000
 * levels, e.g. a variable 20,000 arrays deep) is the caller's mistake: a 400 problem detail, not a 500 with the
 * parser's stack trace.
 */
@ApplicationScoped
public class UnreadableRequests {

    void install(@Observes Router router) {
        router.route("/graphql").order(-1).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (!isUnreadableJson(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "urn:problem-type:tandem:invalid-input")
                .put("title", "Invalid input")
                .put("status", 400)
                .put("detail", "The request body is not valid JSON or is nested too deeply; nothing was run.")
                .put("instance", context.request().path())
                .put(
                        "errors",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("field", "body")
                                        .put("reason", "is not valid JSON or is nested deeper than 1000 levels")));
        context.response()
                .setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(problem.encode());
    }

    private static boolean isUnreadableJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonException
                    || String.valueOf(cause.getMessage()).contains("too deeply nested")) {
                return true;
            }
        }
        return false;
    }
}
