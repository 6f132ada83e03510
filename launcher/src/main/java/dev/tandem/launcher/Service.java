package dev.tandem.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One of the platform's Quarkus services as the local stack runs it.
 *
 * @param key the short name the gateway's {@code tandem.services.<key>.url} uses
 * @param module the Maven module, which is also the component's name in progress, logs and pid files
 * @param portSetting the variable that moves the service's port
 * @param database the service's own database; empty for the gateway
 */
record Service(String key, String module, int port, Setting portSetting, Optional<String> database) {

    /** The runnable jar that {@code ./mvnw install} leaves in the module. */
    Path jar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String localUrl() {
        return "http://localhost:" + port;
    }
}
