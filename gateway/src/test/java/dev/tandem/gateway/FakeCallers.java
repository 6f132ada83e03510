package dev.tandem.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the fake services know of their caller, from the bearer token the gateway forwards (unverified: the test's
 * Keycloak issued it), and how they cut a secret URL for callers who may not see it whole, as cta-service does.
 */
final class FakeCallers {

    private FakeCallers() {}

    static JsonObject claims(RoutingContext ctx) {
        String token = ctx.request().getHeader("Authorization").substring("Bearer ".length());
        String payload = token.split("\\.")[1];
        return new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    static boolean isAdmin(RoutingContext ctx) {
        return claims(ctx).getJsonObject("realm_access").getJsonArray("roles").contains("cs-admin");
    }

    /** The URL whole for a cs-admin, else its scheme and host only; null stays null. */
    static String urlFor(RoutingContext ctx, String url) {
        if (url == null || isAdmin(ctx)) {
            return url;
        }
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + "/...";
    }
}
