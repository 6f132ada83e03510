package dev.tandem.platform.problem;

/**
 * The service cannot take the request right now (its broker or database is unreachable) and nothing was kept; the
 * client should retry after the given delay. Answered with 503 and Retry-After.
 */
public class UnavailableException extends RuntimeException {

    private final long retryAfterSeconds;

    public UnavailableException(String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
