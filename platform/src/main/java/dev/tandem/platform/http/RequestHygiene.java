package dev.tandem.platform.http;

import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.ProblemResponses;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request's path and query before anything reads them: a control character (a NUL byte in an id or a
 * cursor), a bad percent-encoding in the query or a matrix parameter ({@code /accounts/a;evil=1}, which JAX-RS would silently cut to
 * {@code /accounts/a}) is answered with a 400 naming the parameter, so no resource ever sees it. A request line that
 * is not a URI at all (a malformed escape in the path) never gets here: Quarkus's HTTP layer answers it with an empty
 * 400 before any route runs.
 */
@ApplicationScoped
public class RequestHygiene {

    /** Before the body limits, the token check and JAX-RS. */
    private static final int ORDER = -4;

    private final RouteProblems problems;

    public RequestHygiene(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        Optional<FieldError> refusal = refusalOf(context.request().uri());
        if (refusal.isPresent()) {
            problems.end(
                    context,
                    ProblemResponses.invalidInput(
                            List.of(refusal.get()), context.request().path()),
                    true);
        } else {
            context.next();
        }
    }

    /** Why a request line's path and query are refused, or empty when they are fine. Pure, for tests. */
    static Optional<FieldError> refusalOf(String uri) {
        int query = uri.indexOf('?');
        String rawPath = query < 0 ? uri : uri.substring(0, query);
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of(new FieldError("path", "must not carry matrix parameters (';')"));
        }
        try {
            String path = QueryStringDecoder.decodeComponent(rawPath, StandardCharsets.UTF_8);
            Optional<String> refused = InputBounds.refusalOfText(path);
            if (refused.isPresent()) {
                return Optional.of(new FieldError("path", refused.get()));
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(new FieldError("path", "has an invalid percent-encoding"));
        }
        return query < 0 ? Optional.empty() : refusalOfQuery(uri.substring(query + 1));
    }

    private static Optional<FieldError> refusalOfQuery(String rawQuery) {
        Map<String, List<String>> parameters;
        try {
            parameters = new QueryStringDecoder(rawQuery, StandardCharsets.UTF_8, false).parameters();
        } catch (IllegalArgumentException e) {
            return Optional.of(new FieldError("query", "has an invalid percent-encoding"));
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (InputBounds.refusalOfText(name).isPresent()) {
                return Optional.of(new FieldError("query", "has a parameter name with control characters"));
            }
            for (String value : parameter.getValue()) {
                Optional<String> refused = InputBounds.refusalOfText(value);
                if (refused.isPresent()) {
                    return Optional.of(new FieldError(name, refused.get()));
                }
            }
        }
        return Optional.empty();
    }
}
