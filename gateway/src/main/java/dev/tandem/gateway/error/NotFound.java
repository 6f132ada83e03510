package dev.tandem.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** What the caller asked for does not exist (the service answered 404). */
@ErrorCode("NOT_FOUND")
public class NotFound extends GatewayFailure {

    public NotFound(String message) {
        super(message);
    }
}
