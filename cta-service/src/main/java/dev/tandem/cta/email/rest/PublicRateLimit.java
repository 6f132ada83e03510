package dev.tandem.cta.email.rest;

import dev.tandem.cta.email.config.EmailConfig;
import dev.tandem.cta.email.domain.ClientLimits;
import dev.tandem.platform.problem.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits what one client address may ask of the public endpoints (no login: the links in e-mails), so a script can
 * neither guess tokens nor flood answers: 429 with Retry-After past the limit. Per replica.
 */
@ApplicationScoped
public class PublicRateLimit {

    public static final String PUBLIC_PREFIX = "/api/v1/public/";
    private static final int MAX_CLIENTS = 10_000;

    private final ClientLimits limits;
    private final Clock clock;

    public PublicRateLimit(EmailConfig config, Clock clock) {
        this.limits = new ClientLimits(config.publicRequestsPerMinute(), MAX_CLIENTS);
        this.clock = clock;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith(PUBLIC_PREFIX)) {
            return null;
        }
        String client =
                http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return limits.take(client, clock.instant())
                .map(wait -> ProblemResponses.tooManyRequests(seconds(wait), request.getUriInfo()))
                .orElse(null);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
