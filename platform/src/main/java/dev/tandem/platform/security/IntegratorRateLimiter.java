package dev.tandem.platform.security;

import dev.tandem.platform.problem.ProblemResponses;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits each integrator client to its share of a service: a runaway sync job gets 429 with Retry-After instead of
 * starving everyone else. People (CSMs, admins, viewers) are not limited here.
 */
@ApplicationScoped
public class IntegratorRateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final CurrentIdentityAssociation identities;
    private final RateLimitConfig config;
    private final Clock clock;

    public IntegratorRateLimiter(CurrentIdentityAssociation identities, RateLimitConfig config, Clock clock) {
        this.identities = identities;
        this.config = config;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        return identities
                .getDeferredIdentity()
                .map(identity -> admit(identity, request))
                // A token that fails authentication is refused by the endpoint's own check, with a 401.
                .onFailure()
                .recoverWithNull();
    }

    private Response admit(SecurityIdentity identity, ContainerRequestContext request) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.INTEGRATOR)) {
            return null;
        }
        TokenBucket bucket = buckets.computeIfAbsent(
                clientOf(identity),
                client -> new TokenBucket(config.burst(), config.requestsPerSecond(), clock.instant()));
        return bucket.take(clock.instant())
                .map(wait -> ProblemResponses.tooManyRequests(retryAfterSeconds(wait), request.getUriInfo()))
                .orElse(null);
    }

    /** The OAuth client the token was issued to ({@code azp}); integrators are clients, not people. */
    private static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("azp") != null) {
            return token.getClaim("azp").toString();
        }
        return identity.getPrincipal().getName();
    }

    private static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
