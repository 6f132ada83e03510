package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakCommandTest {

    private final StateLayout layout = new StateLayout(Path.of("/work/tandem"));
    private final Path home = Path.of("/work/tandem/.tandem/keycloak/keycloak-26.7.3");

    @Test
    void startsDevModeOnTheLoopbackWithHealthAndTheRealmImport() {
        KeycloakCommand command = new KeycloakCommand(layout, StackPlan.from(Map.of(), false));

        assertThat(command.arguments(home))
                .containsExactly(
                        "/work/tandem/.tandem/keycloak/keycloak-26.7.3/bin/kc.sh",
                        "-Dtandem-stack.state=/work/tandem/.tandem",
                        "-Dtandem-stack.component=keycloak",
                        "start-dev",
                        "--http-port=18080",
                        "--http-host=127.0.0.1",
                        "--hostname=http://127.0.0.1:18080",
                        "--http-management-port=19000",
                        "--health-enabled=true",
                        "--import-realm");
    }

    @Test
    void followsMovedPorts() {
        StackPlan plan = StackPlan.from(
                Map.of("TANDEM_KEYCLOAK_PORT", "28080", "TANDEM_KEYCLOAK_MANAGEMENT_PORT", "29000"), false);

        List<String> arguments = new KeycloakCommand(layout, plan).arguments(home);

        assertThat(arguments)
                .contains("--http-port=28080", "--hostname=http://127.0.0.1:28080", "--http-management-port=29000");
        assertThat(plan.realmUrl()).isEqualTo("http://127.0.0.1:28080/realms/tandem");
        assertThat(plan.keycloakReadyUrl()).isEqualTo("http://127.0.0.1:29000/health/ready");
    }

    @Test
    void runsOnTheGivenJavaWithItsOwnOptionsAndTheDevAdmin() {
        StackPlan plan = StackPlan.from(Map.of("TANDEM_KEYCLOAK_JAVA_OPTS", "-Xmx1g  -XX:+UseG1GC"), false);

        Map<String, String> environment = new KeycloakCommand(layout, plan).environment(Path.of("/jdk"));

        assertThat(environment)
                .containsEntry("JAVA_HOME", "/jdk")
                .containsEntry("JAVA", "/jdk/bin/java")
                .containsEntry("JAVA_OPTS_APPEND", "")
                .containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "dev-only-admin")
                // The realm file's placeholder for the team directory client's secret, filled in by the import.
                .containsEntry("TANDEM_DIRECTORY_CLIENT_SECRET", "dev-only-directory-secret");
        assertThat(environment.get("JAVA_OPTS"))
                .startsWith("-XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8")
                .endsWith(" -Xmx1g -XX:+UseG1GC");
    }

    @Test
    void defaultsToAFastStartingJvm() {
        Map<String, String> environment =
                new KeycloakCommand(layout, StackPlan.from(Map.of(), false)).environment(Path.of("/jdk"));

        assertThat(environment.get("JAVA_OPTS")).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    }
}
