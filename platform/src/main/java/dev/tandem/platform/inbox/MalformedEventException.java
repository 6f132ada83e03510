package dev.tandem.platform.inbox;

/**
 * A message that can never be applied, however often it is retried: not a CloudEvent, an unknown type, or data that
 * does not match its contract. It belongs on the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
