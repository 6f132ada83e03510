package dev.tandem.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code kc.sh start-dev} command line and environment of the stack's Keycloak.
 *
 * <p>The {@code -Dtandem-stack.*} markers go to kc.sh as its first arguments: there they mark the script's process,
 * which the pid file names and which stays Keycloak's parent, and kc.sh passes them on to the Keycloak JVM, which
 * {@code down} thus finds too if the script is gone.
 */
final class KeycloakCommand {

    /** Dev-only: Keycloak creates this admin on its first start, in its own master realm. */
    static final String ADMIN_USER = "admin";

    static final String ADMIN_PASSWORD = "dev-only-admin";

    /**
     * Dev-only and public: the secret of the realm's {@code tandem-directory} client, which the realm file leaves to
     * Keycloak's import to fill in from the environment (Kubernetes: the tandem-directory-client Secret). The services
     * that read the team directory get the same.
     */
    static final String DIRECTORY_CLIENT_SECRET = "dev-only-directory-secret";

    // kc.sh replaces its own JAVA_OPTS with these; the encodings and the OOM exit are from its defaults.
    private static final List<String> FIXED_JAVA_OPTIONS = List.of(
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8",
            "-Djava.security.egd=file:/dev/urandom");

    private final StateLayout layout;
    private final StackPlan plan;

    KeycloakCommand(StateLayout layout, StackPlan plan) {
        this.layout = layout;
        this.plan = plan;
    }

    /** Runs {@code bin/kc.sh} of the distribution in {@code home}. */
    List<String> arguments(Path home) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add(JavaCommands.stateMarker(layout));
        command.add(JavaCommands.componentMarker(StackPlan.KEYCLOAK));
        command.add("start-dev");
        command.add("--http-port=" + plan.keycloakPort());
        command.add("--http-host=127.0.0.1");
        // A fixed hostname makes every token's issuer the URL the services are given, whichever address it came from.
        command.add("--hostname=" + plan.keycloakUrl());
        command.add("--http-management-port=" + plan.keycloakManagementPort());
        command.add("--health-enabled=true");
        // Imports data/import/*.json when the realm does not exist yet, so later starts keep what was changed.
        command.add("--import-realm");
        return command;
    }

    /** Added to the launcher's environment: the launcher's own Java, since kc.sh would take whatever is on the PATH. */
    Map<String, String> environment(Path javaHome) {
        List<String> javaOptions = new ArrayList<>(FIXED_JAVA_OPTIONS);
        javaOptions.addAll(plan.keycloakJavaOptions());
        return Map.of(
                "JAVA_HOME",
                javaHome.toString(),
                "JAVA",
                javaHome.resolve("bin/java").toString(),
                "JAVA_OPTS",
                String.join(" ", javaOptions),
                // Empty, so that one in the user's shell cannot add, say, a second garbage collector.
                "JAVA_OPTS_APPEND",
                "",
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "TANDEM_DIRECTORY_CLIENT_SECRET",
                DIRECTORY_CLIENT_SECRET);
    }
}
