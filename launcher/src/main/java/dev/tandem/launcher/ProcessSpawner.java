package dev.tandem.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts a component as a process of its own that outlives the launcher.
 *
 * <p>The process gets a session of its own ({@code setsid}), so Ctrl-C in the terminal reaches only the launcher,
 * which then stops the components in order, and closing the terminal after {@code up -d} does not hang them up. Its
 * output goes to its log file and its input is empty, so nothing ties it to the launcher's streams.
 */
final class ProcessSpawner {

    private static final File NO_INPUT = new File("/dev/null");

    private final Path workingDirectory;
    private final Optional<Path> setsid;

    ProcessSpawner(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        this.setsid = findOnPath("setsid");
    }

    /** Starts {@code command}, keeping the previous log as {@code <name>.log.1}. */
    Process start(List<String> command, Path log) {
        return start(command, Map.of(), log);
    }

    /** Starts {@code command} with {@code environment} added to the launcher's own. */
    Process start(List<String> command, Map<String, String> environment, Path log) {
        List<String> full = new ArrayList<>();
        setsid.ifPresent(path -> full.add(path.toString()));
        full.addAll(command);
        try {
            rotate(log);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workingDirectory.toFile())
                    .redirectInput(NO_INPUT)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0), e);
        }
    }

    private static void rotate(Path log) throws IOException {
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<Path> findOnPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
