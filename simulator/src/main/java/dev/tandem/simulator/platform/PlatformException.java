package dev.tandem.simulator.platform;

/** The platform refused a request, or could not be reached after retries; the message says which and why. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
