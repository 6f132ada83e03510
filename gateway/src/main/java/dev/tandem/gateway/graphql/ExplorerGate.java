package dev.tandem.gateway.graphql;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the GraphQL explorer's pages from being served unless {@link ExplorerConfig#enabled()}. Quarkus decides
 * whether to include the UI when it builds, and the local stack runs the same build as production, so the decision is
 * made here, when the gateway starts.
 */
@ApplicationScoped
public class ExplorerGate {

    /** Before the UI's own handler and after authentication: a caller learns nothing of it without a token. */
    private static final int BEFORE_THE_UI = -1000;

    static final String PATHS = "/q/graphql-ui.*";

    void install(@Observes Router router, ExplorerConfig explorer) {
        if (explorer.enabled()) {
            return;
        }
        router.routeWithRegex(PATHS)
                .order(BEFORE_THE_UI)
                .handler(context -> context.response().setStatusCode(404).end());
    }
}
