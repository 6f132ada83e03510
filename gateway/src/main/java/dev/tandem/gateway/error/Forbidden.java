package dev.tandem.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The caller may not do this: a service refused the forwarded token (401 or 403). */
@ErrorCode("FORBIDDEN")
public class Forbidden extends GatewayFailure {

    public Forbidden(String message) {
        super(message);
    }
}
