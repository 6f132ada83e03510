package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acting on one component of a running stack: stop and kill leave the others running, restart and up refuse with a
 * sentence when they cannot start what is asked. Real JVMs stand in for the components.
 */
class OneComponentTest {

    @TempDir
    Path root;

    private StateLayout layout;
    private Sleepers sleepers;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Progress progress =
            new Progress(new PrintStream(output, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    private final StackPlan plan = StackPlan.from(Map.of(), false);

    @BeforeEach
    void stateDirectory() {
        layout = new StateLayout(root);
        layout.createDirectories();
        sleepers = new Sleepers(layout);
    }

    @AfterEach
    void stopSleepers() {
        sleepers.close();
    }

    @Test
    void stoppingOneComponentLeavesTheOthersRunning() throws Exception {
        Process kafka = sleepers.start("kafka");
        Process health = sleepers.start("health-service");
        RunningStack stack = new RunningStack(layout, plan);
        assertThat(stack.running()).containsExactly("kafka", "health-service");

        assertThat(stack.stop("health-service", progress)).isTrue();

        assertThat(health.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(health.exitValue())
                .as("ended by SIGTERM, so it could shut down cleanly")
                .isEqualTo(143);
        assertThat(kafka.isAlive()).isTrue();
        assertThat(stack.running()).containsExactly("kafka");
        assertThat(layout.pidFile("health-service")).doesNotExist();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("health-service   stopped in");
        assertThat(stack.stop("health-service", progress)).as("stopped already").isFalse();
    }

    @Test
    void killingOneComponentEndsItAtOnceAsACrashWould() throws Exception {
        Process kafka = sleepers.start("kafka");
        Process health = sleepers.start("health-service");
        RunningStack stack = new RunningStack(layout, plan);

        assertThat(stack.kill("health-service", progress)).isTrue();

        assertThat(health.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(health.exitValue()).as("SIGKILL").isEqualTo(137);
        assertThat(kafka.isAlive()).isTrue();
        assertThat(stack.running()).containsExactly("kafka");
        assertThat(layout.pidFile("health-service"))
                .as("a crash leaves its pid file")
                .exists();
    }

    @Test
    void restartRefusesAServiceWhoseDependenciesAreNotRunning() throws Exception {
        Process kafka = sleepers.start("kafka");
        RunningStack stack = new RunningStack(layout, plan);

        assertThatThrownBy(() -> new RestartCommand(layout, plan, stack, progress).run("health-service"))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("health-service needs postgres and keycloak, which are not running.")
                .hasMessageContaining("./tandem restart postgres")
                .hasMessageContaining("./tandem up -d");
        assertThat(kafka.isAlive()).isTrue();
    }

    @Test
    void restartRefusesWhenNothingRuns() {
        RunningStack stack = new RunningStack(layout, plan);

        assertThatThrownBy(() -> new RestartCommand(layout, plan, stack, progress).run("kafka"))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("Tandem is not running");
    }

    @Test
    void upInTheForegroundRefusesAPartlyRunningStackAndNamesWhatIsMissing() throws Exception {
        sleepers.start("kafka");

        assertThatThrownBy(() -> up(Map.of()).run(false))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("Tandem is partly running (kafka)")
                .hasMessageContaining(
                        "./tandem up -d starts what is missing (postgres, keycloak, mail, account-service,"
                                + " health-service, cta-service, content-service, gateway)");
    }

    @Test
    void upDetachedKeepsToTheSettingsThePartlyRunningStackWasStartedWith() throws Exception {
        sleepers.start("kafka");
        new SavedSettings(layout).save(Map.of());

        assertThatThrownBy(() -> up(Map.of("TANDEM_KAFKA_PORT", "29092")).run(true))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("Tandem is partly running (kafka) with other settings than this shell's:"
                        + " TANDEM_KAFKA_PORT=19092 (this shell: 29092)");
    }

    private UpCommand up(Map<String, String> environment) {
        return new UpCommand(
                layout, StackPlan.from(environment, false), environment, progress, null, new PrintStream(output));
    }
}
