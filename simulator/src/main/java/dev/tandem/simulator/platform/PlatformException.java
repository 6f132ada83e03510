package dev.tandem.simulator.platform;

/** The platform refused a request, or could not be reached after retries; the message says which and why. */
public class PlatformException extends RuntimeException {

    /** No HTTP answer stands behind the failure. */
    public static final int NO_STATUS = -1;

    private final int status;

    public PlatformException(String message) {
        this(message, NO_STATUS);
    }

    public PlatformException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
        this.status = NO_STATUS;
    }

    /** The HTTP status the platform refused the request with, or {@link #NO_STATUS}. */
    public int status() {
        return status;
    }
}
