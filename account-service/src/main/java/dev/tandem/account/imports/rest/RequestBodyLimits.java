package dev.tandem.account.imports.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two body limits where the HTTP layer has one. {@code quarkus.http.limits.max-body-size} is set high enough for CSV
 * imports; every other endpoint takes JSON and is held here to {@code tandem.http.max-json-body-size}, refused by its
 * declared length before a byte of it is read.
 */
@ApplicationScoped
public class RequestBodyLimits {

    private final long jsonLimit;

    public RequestBodyLimits(@ConfigProperty(name = "tandem.http.max-json-body-size") MemorySize jsonLimit) {
        this.jsonLimit = jsonLimit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-10).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && !context.request().path().startsWith(ImportResource.PATH + "/") && exceeds(length)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"about:blank\",\"title\":\"Request body too large\",\"status\":413,"
                                + "\"detail\":\"This endpoint takes bodies of at most " + jsonLimit + " bytes\"}");
                return;
            }
            context.next();
        });
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > jsonLimit;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
