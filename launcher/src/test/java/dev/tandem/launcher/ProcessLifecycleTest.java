package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spawns a real JVM the way the launcher spawns components, then finds and stops it the way {@code down} does. */
class ProcessLifecycleTest {

    @TempDir
    Path root;

    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aSpawnedComponentIsFoundByItsPidFileAndStopped() throws Exception {
        StateLayout layout = new StateLayout(root);
        layout.createDirectories();
        PidFiles pidFiles = new PidFiles(layout);

        Process process = spawn(layout, "sleeper");
        pidFiles.write("sleeper", process.pid());
        // Between fork and exec the child still shows the parent's command line, without the markers, and while setsid
        // execs the JVM its command line is briefly unreadable; under load both gaps are long enough to be seen. Wait
        // until both lookups see the settled process.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((!isJava(process)
                        || pidFiles.process("sleeper").isEmpty()
                        || pidFiles.marked().stream().noneMatch(p -> p.pid() == process.pid()))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(pidFiles.process("sleeper")).map(ProcessHandle::pid).contains(process.pid());
        assertThat(pidFiles.process("other")).isEmpty();
        assertThat(pidFiles.marked()).extracting(ProcessHandle::pid).containsExactly(process.pid());

        List<ProcessHandle> gone = new ArrayList<>();
        new ProcessStopper(Duration.ofSeconds(10)).stop(List.of(process.toHandle()), gone::add);

        assertThat(process.isAlive()).isFalse();
        assertThat(gone).extracting(ProcessHandle::pid).containsExactly(process.pid());
        assertThat(pidFiles.process("sleeper")).isEmpty();
        assertThat(pidFiles.marked()).isEmpty();
    }

    @Test
    void aSpawnedComponentHasASessionOfItsOwnAndALog() throws Exception {
        Path stat = Path.of("/proc/self/stat");
        assumeThat(Files.exists(stat)).as("Linux /proc").isTrue();
        StateLayout layout = new StateLayout(root);
        layout.createDirectories();

        Process process = spawn(layout, "sleeper");

        // Ctrl-C goes to the terminal's foreground session; the component must not be in it. The child leaves the
        // launcher's session only once setsid has run, an instant after the spawn.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (sessionOf(process.pid()) != process.pid() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sessionOf(process.pid())).isEqualTo(process.pid());
        while (LogTail.last(layout.log("sleeper"), 1).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(LogTail.last(layout.log("sleeper"), 1)).containsExactly("sleeping");
    }

    @Test
    void aPidFileNamingSomeoneElsesProcessIsIgnored() {
        StateLayout layout = new StateLayout(root);
        layout.createDirectories();
        PidFiles pidFiles = new PidFiles(layout);

        pidFiles.write("kafka", ProcessHandle.current().pid());

        assertThat(pidFiles.process("kafka")).isEmpty();
    }

    private Process spawn(StateLayout layout, String component) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessSpawner(root)
                .start(
                        List.of(
                                java,
                                JavaCommands.stateMarker(layout),
                                JavaCommands.componentMarker(component),
                                "-Xshare:auto",
                                "-XX:TieredStopAtLevel=1",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Sleeper.class.getName()),
                        layout.log(component));
        started.add(process.toHandle());
        return process;
    }

    /** Whether the spawned process runs the JVM yet, rather than setsid about to exec it. */
    private static boolean isJava(Process process) {
        return process.toHandle()
                .info()
                .command()
                .map(command -> command.endsWith("java"))
                .orElse(false);
    }

    private static long sessionOf(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: state ppid pgrp session ...
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
