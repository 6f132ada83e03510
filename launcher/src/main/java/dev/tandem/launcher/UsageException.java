package dev.tandem.launcher;

/** The command line asks for something the launcher does not know. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
