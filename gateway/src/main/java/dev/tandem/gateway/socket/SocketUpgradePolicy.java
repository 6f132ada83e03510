package dev.tandem.gateway.socket;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The GraphQL endpoint's permission ({@code quarkus.http.auth.permission.graphql.policy=token-or-socket}): a request
 * needs a valid token, except a WebSocket upgrade, whose token may come in the socket's first message instead — a
 * browser cannot set headers on the upgrade. {@link GraphQLSockets} closes a socket that never shows one.
 */
@ApplicationScoped
public class SocketUpgradePolicy implements HttpSecurityPolicy {

    static final String NAME = "token-or-socket";

    @Override
    public Uni<CheckResult> checkPermission(
            RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        if (isUpgrade(request.request())) {
            return CheckResult.permit();
        }
        return identity.map(caller -> caller.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return NAME;
    }

    static boolean isUpgrade(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }
}
