package dev.tandem.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The caller may not do this: the gateway's role check, or a service that refused the forwarded token (401) or the
 * request (403), whose problem detail and field errors, when it sent them, make up the message.
 */
@ErrorCode("FORBIDDEN")
public class Forbidden extends GatewayFailure {

    public Forbidden(String message) {
        super(message);
    }
}
