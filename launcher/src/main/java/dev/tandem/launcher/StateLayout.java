package dev.tandem.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its state: {@code .tandem/} at the project root (ignored by git) unless
 * {@code TANDEM_STATE_DIR} names another directory, as the end-to-end tests do to run a stack of their own.
 *
 * @param root the project root
 * @param stateDirectory data, logs, pid files and the saved settings
 */
record StateLayout(Path root, Path stateDirectory) {

    static final String STATE_DIR_VARIABLE = "TANDEM_STATE_DIR";

    StateLayout {
        root = root.toAbsolutePath().normalize();
        stateDirectory = root.resolve(stateDirectory).toAbsolutePath().normalize();
    }

    StateLayout(Path root) {
        this(root, Path.of(".tandem"));
    }

    /** The layout {@code TANDEM_STATE_DIR} asks for (relative to the project root), else the default. */
    static StateLayout of(Path root, Map<String, String> environment) {
        String directory = environment.get(STATE_DIR_VARIABLE);
        return directory == null || directory.isBlank()
                ? new StateLayout(root)
                : new StateLayout(root, Path.of(directory));
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
