package dev.tandem.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * The pid files under {@code .tandem/run}, and the processes they name.
 *
 * <p>A pid alone could name an unrelated process after a reboot, so a process only counts as a component's when its
 * command line carries the markers {@link JavaCommands} and {@link KeycloakCommand} put there. The same markers find
 * strays whose pid file is gone, so {@code down} leaves nothing behind.
 */
final class PidFiles {

    private final StateLayout layout;

    PidFiles(StateLayout layout) {
        this.layout = layout;
    }

    void write(String component, long pid) {
        try {
            Files.writeString(layout.pidFile(component), pid + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the pid file of " + component, e);
        }
    }

    void delete(String component) {
        try {
            Files.deleteIfExists(layout.pidFile(component));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the pid file of " + component, e);
        }
    }

    /** The component's live process, if its pid file names one. */
    Optional<ProcessHandle> process(String component) {
        return readPid(component)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isComponent(process, component));
    }

    /** Every live process started for this state directory, whether or not a pid file still names it. */
    List<ProcessHandle> marked() {
        String marker = JavaCommands.stateMarker(layout);
        return ProcessHandle.allProcesses()
                .filter(process -> arguments(process).contains(marker))
                .toList();
    }

    /** Every live process started as {@code component} for this state directory, with or without a pid file. */
    List<ProcessHandle> marked(String component) {
        String marker = JavaCommands.componentMarker(component);
        return marked().stream()
                .filter(process -> arguments(process).contains(marker))
                .toList();
    }

    private boolean isComponent(ProcessHandle process, String component) {
        List<String> arguments = arguments(process);
        return arguments.contains(JavaCommands.stateMarker(layout))
                && arguments.contains(JavaCommands.componentMarker(component));
    }

    // The JDK gives no arguments when the command line is longer than it reads (4 KiB on Linux); the markers come
    // first, so the truncated command line still has them.
    private static List<String> arguments(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return info.arguments()
                .map(List::of)
                .or(() -> info.commandLine().map(line -> List.of(line.split(" "))))
                .orElse(List.of());
    }

    private Optional<Long> readPid(String component) {
        try {
            String text = Files.readString(layout.pidFile(component), StandardCharsets.UTF_8)
                    .trim();
            return Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
