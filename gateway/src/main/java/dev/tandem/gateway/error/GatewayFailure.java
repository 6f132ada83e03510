package dev.tandem.gateway.error;

/**
 * A failure the gateway reports to the caller as a GraphQL error with a code in {@code extensions.code}. Checked, so
 * that SmallRye GraphQL shows its message, which the gateway writes itself and never takes from a Java exception.
 */
public abstract class GatewayFailure extends Exception {

    protected GatewayFailure(String message) {
        super(message, null, false, false);
    }
}
