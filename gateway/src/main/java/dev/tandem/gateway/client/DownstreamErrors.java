package dev.tandem.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.error.Forbidden;
import dev.tandem.gateway.error.GatewayFailure;
import dev.tandem.gateway.error.InvalidInput;
import dev.tandem.gateway.error.NotFound;
import dev.tandem.gateway.error.Unavailable;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Turns what went wrong calling a service into one of the gateway's coded failures. The message is the gateway's own
 * or the service's problem detail, never the text of a Java exception.
 */
final class DownstreamErrors {

    private static final Logger LOG = Logger.getLogger(DownstreamErrors.class);

    private DownstreamErrors() {}

    /** Whether trying again may help: no answer at all, or a server error; a 4xx answer is final. */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof WebApplicationException http) {
            return http.getResponse().getStatus() >= 500;
        }
        return !(failure instanceof GatewayFailure);
    }

    static GatewayFailure translate(String service, Throwable failure) {
        if (failure instanceof GatewayFailure known) {
            return known;
        }
        if (!(failure instanceof WebApplicationException http)) {
            return unavailable(service, failure.getClass().getSimpleName());
        }
        int status = http.getResponse().getStatus();
        // A 403 says why in its detail (another CSM's CTA, a field the role may not set to this value): the caller
        // needs that to know what to change, as much as a 400's field errors.
        return switch (status) {
            case 404 -> new NotFound("not found in " + service + "-service");
            case 401 -> new Forbidden(service + "-service does not allow the caller this");
            case 403 -> new Forbidden(describe(http, service + "-service does not allow the caller this"));
            case 400, 409, 413, 422 -> new InvalidInput(describe(http, "the input was refused"));
            default -> unavailable(service, "HTTP " + status);
        };
    }

    /** The operator's side of an UNAVAILABLE answer: which service, and what kind of failure, in one line. */
    private static Unavailable unavailable(String service, String what) {
        LOG.warnf("%s-service unavailable: %s", service, what);
        return new Unavailable(service);
    }

    /**
     * The service's problem detail: its detail or title, then each field error; {@code fallback} when the answer is
     * no problem+json. The service wrote these words for the caller, so they pass on as they are.
     */
    private static String describe(WebApplicationException http, String fallback) {
        JsonNode problem = problemOf(http);
        if (problem == null || !problem.isObject()) {
            return fallback;
        }
        List<String> parts = new ArrayList<>();
        String summary = problem.path("detail").asText(problem.path("title").asText(fallback));
        parts.add(summary);
        for (JsonNode error : problem.path("errors")) {
            // The platform's FieldError says "reason"; older answers said "message".
            JsonNode reason = error.has("reason") ? error.path("reason") : error.path("message");
            parts.add(error.path("field").asText() + ": " + reason.asText());
        }
        return String.join("; ", parts);
    }

    private static JsonNode problemOf(WebApplicationException http) {
        try {
            return http.getResponse().readEntity(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
