package dev.tandem.launcher;

import java.nio.file.Path;

/** A component did not become ready; {@code up} shows the end of its log and stops what it started. */
final class ComponentFailure extends RuntimeException {

    private final String component;
    private final String reason;
    private final Path log;

    ComponentFailure(String component, String reason, Path log) {
        this(component, reason, log, null);
    }

    ComponentFailure(String component, String reason, Path log, Throwable cause) {
        super(component + " " + reason, cause);
        this.component = component;
        this.reason = reason;
        this.log = log;
    }

    String component() {
        return component;
    }

    String reason() {
        return reason;
    }

    Path log() {
        return log;
    }
}
