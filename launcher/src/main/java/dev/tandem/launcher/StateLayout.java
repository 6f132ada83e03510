package dev.tandem.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps its state: {@code .tandem/} at the project root, ignored by git.
 *
 * @param root the project root
 */
record StateLayout(Path root) {

    StateLayout {
        root = root.toAbsolutePath().normalize();
    }

    Path stateDirectory() {
        return root.resolve(".tandem");
    }

    Path postgres() {
        return stateDirectory().resolve("postgres");
    }

    Path kafka() {
        return stateDirectory().resolve("kafka");
    }

    /** Keycloak's distribution, with its dev database: the realm and its users. */
    Path keycloak() {
        return stateDirectory().resolve("keycloak");
    }

    Path logs() {
        return stateDirectory().resolve("logs");
    }

    Path run() {
        return stateDirectory().resolve("run");
    }

    Path log(String component) {
        return logs().resolve(component + ".log");
    }

    Path pidFile(String component) {
        return run().resolve(component + ".pid");
    }

    /** The {@code TANDEM_*} values the running stack was started with. */
    Path settingsFile() {
        return run().resolve("settings.properties");
    }

    void createDirectories() {
        try {
            Files.createDirectories(logs());
            Files.createDirectories(run());
            Files.createDirectories(kafka());
            Files.createDirectories(keycloak());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + stateDirectory(), e);
        }
    }
}
