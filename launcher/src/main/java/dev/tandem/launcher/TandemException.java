package dev.tandem.launcher;

/** A failure the user can act on; its message is printed as is, without a stack trace. */
final class TandemException extends RuntimeException {

    TandemException(String message) {
        super(message);
    }

    TandemException(String message, Throwable cause) {
        super(message, cause);
    }
}
