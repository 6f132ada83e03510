package dev.tandem.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what is appended to a log, line by line, as {@code tail -F} does: a component that restarts moves its log to
 * {@code .log.1} and writes a new one, and the follower goes on with the new file from its start.
 */
final class LogFollower {

    private final Path log;
    private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
    private Object file;
    private long position;

    /** Follows {@code log} from its current end: what is already there is the tail's to show. */
    LogFollower(Path log) {
        this.log = log;
        this.file = fileKey().orElse(null);
        this.position = size();
    }

    /**
     * The complete lines written since the last call; a line without its newline yet waits for it. When the log was
     * replaced, a line saying so comes first.
     */
    List<String> newLines() {
        List<String> lines = new ArrayList<>();
        Optional<Object> current = fileKey();
        if (current.isEmpty()) {
            // Between a restart's move of the old log and the creation of the new one there is no file: next time.
            return lines;
        }
        if (!current.get().equals(file) || size() < position) {
            lines.add("--- " + log.getFileName() + " was replaced (the component restarted): from its start ---");
            file = current.get();
            position = 0;
            partialLine.reset();
        }
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            long length = in.length();
            if (length <= position) {
                return lines;
            }
            byte[] bytes = new byte[(int) Math.min(length - position, 1 << 20)];
            in.seek(position);
            in.readFully(bytes);
            position += bytes.length;
            for (byte b : bytes) {
                if (b == '\n') {
                    String line = partialLine.toString(StandardCharsets.UTF_8);
                    lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                    partialLine.reset();
                } else {
                    partialLine.write(b);
                }
            }
        } catch (IOException e) {
            // Moved away while being read: the next call finds the new one.
        }
        return lines;
    }

    private Optional<Object> fileKey() {
        try {
            return Optional.ofNullable(
                    Files.readAttributes(log, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private long size() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return 0;
        }
    }
}
