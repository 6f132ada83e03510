package dev.tandem.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A service did not answer in time, answered with a server error, or is left alone by its open circuit breaker. Only
 * the fields that need it fail; the rest of the answer still comes.
 */
@ErrorCode("UNAVAILABLE")
public class Unavailable extends GatewayFailure {

    public Unavailable(String service) {
        super(service + "-service is unavailable; try again shortly");
    }
}
