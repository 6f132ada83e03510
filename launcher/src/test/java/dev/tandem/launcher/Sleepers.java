package dev.tandem.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Real JVMs ({@link Sleeper}) started the way the launcher starts components, with their markers and pid files, so
 * that tests of what acts on components (stop, kill, restart, up) find real processes to act on.
 */
final class Sleepers implements AutoCloseable {

    private final StateLayout layout;
    private final List<Process> started = new ArrayList<>();

    Sleepers(StateLayout layout) {
        this.layout = layout;
    }

    /** Starts a sleeper as {@code component} and returns once the launcher would recognise it as that component. */
    Process start(String component) throws InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessSpawner(layout.root())
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
        started.add(process);
        PidFiles pidFiles = new PidFiles(layout);
        pidFiles.write(component, process.pid());
        // Between fork and exec, and while setsid execs the JVM, the command line does not show the markers yet.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (pidFiles.process(component).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return process;
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
