package dev.tandem.platform.http;

import dev.tandem.platform.problem.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than its path's limit by its declared length, before a byte of it is read or the token is
 * checked, with a 413 problem+json naming the limit. Quarkus's own check (which this runs just before) holds every
 * path to the largest limit and answers with an empty body. A body of unknown length (chunked) could only be measured
 * by reading it, so a path held below Quarkus's limit asks for a Content-Length instead (411); large-body paths (CSV
 * imports) take streamed bodies, cut off by Quarkus's limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus's own limit handler runs at order -2. */
    private static final int ORDER = -3;

    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final Optional<MemorySize> quarkusLimit;
    private final HttpLimitsConfig config;
    private final RouteProblems problems;

    // Quarkus's own property, read rather than repeated, so the two checks cannot disagree.
    public BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> quarkusLimit,
            HttpLimitsConfig config,
            RouteProblems problems) {
        this.quarkusLimit = quarkusLimit;
        this.config = config;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        Optional<MemorySize> largest = quarkusLimit.or(config::maxBodySize);
        if (largest.isEmpty()) {
            return;
        }
        long large = largest.get().asLongValue();
        long usual = config.maxBodySize().map(MemorySize::asLongValue).orElse(large);
        List<String> largePaths = config.largeBodyPaths().orElse(List.of());
        router.route().order(ORDER).handler(context -> {
            boolean largePath = largePaths.stream().anyMatch(context.request().path()::startsWith);
            check(context, largePath ? large : usual, !largePath);
        });
    }

    private void check(RoutingContext context, long max, boolean lengthRequired) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length, max)) {
            problems.end(context, ProblemResponses.tooLarge(max, request.path()), true);
        } else if (length == null && lengthRequired && mayCarryBody(request)) {
            problems.end(context, ProblemResponses.lengthRequired(max, request.path()), true);
        } else {
            context.next();
        }
    }

    /** HTTP/1.1 says so with a transfer coding; an HTTP/2 stream may carry a body with neither header. */
    private static boolean mayCarryBody(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return true;
        }
        return request.version() == HttpVersion.HTTP_2 && BODY_METHODS.contains(request.method());
    }

    private static boolean exceeds(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
