package dev.tandem.gateway.console;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The console's settings as {@code /console/config.json}, and {@code /console} sent on to {@code /console/}, where the
 * static files (module {@code console}) start. Neither holds data, so neither needs a token; every call the console
 * then makes carries one.
 */
@ApplicationScoped
public class ConsoleRoutes {

    private final String settings;

    ConsoleRoutes(ConsoleConfig config) {
        this.settings = new JsonObject()
                .put("keycloakUrl", config.keycloakUrl())
                .put("realm", config.realm())
                .put("clientId", config.clientId())
                .encode();
    }

    void install(@Observes Router router) {
        // A pattern: Vert.x's plain path "/console" also matches "/console/", which would then send itself on to
        // itself.
        router.getWithRegex("^/console$")
                .order(-1)
                .handler(context -> context.response()
                        .setStatusCode(302)
                        .putHeader(HttpHeaders.LOCATION, "/console/")
                        .end());
        router.get("/console/config.json")
                .order(-1)
                .handler(context -> context.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end(settings));
    }
}
