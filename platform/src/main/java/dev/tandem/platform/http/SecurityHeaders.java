package dev.tandem.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries: the content type is not sniffed, nothing is framed, nothing leaks a referrer, and an
 * API answer (customer data) is never cached. Pages the services serve (the OpenAPI UI) get a policy that lets them
 * run their own scripts and nothing else; everything else may load nothing at all.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** First of all, so even a request refused by a later check carries them. */
    private static final int ORDER = -5;

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.addHeadersEndHandler(ended -> add(context));
            context.next();
        });
    }

    private static void add(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        boolean page = isPage(context.request().path());
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", page ? PAGE_POLICY : API_POLICY);
        }
        if (!page && !headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }

    private static boolean isPage(String path) {
        return path != null && (path.startsWith("/q/swagger-ui") || path.endsWith("-ui") || path.contains("-ui/"));
    }
}
