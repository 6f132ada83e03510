package dev.tandem.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The arguments were refused: by the gateway, or by a service (400, 409, 422), whose problem detail and field errors
 * make up the message.
 */
@ErrorCode("VALIDATION")
public class InvalidInput extends GatewayFailure {

    public InvalidInput(String message) {
        super(message);
    }
}
