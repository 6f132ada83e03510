package dev.tandem.platform.directory;

/** Keycloak could not be read, or answered something the directory cannot use; the cache keeps what it had. */
class DirectoryReadException extends RuntimeException {

    DirectoryReadException(String message) {
        super(message);
    }
}
