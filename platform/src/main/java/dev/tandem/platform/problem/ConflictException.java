package dev.tandem.platform.problem;

/** The request is valid but clashes with the current state (a duplicate, a stale version); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
