package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTest {

    @TempDir
    Path directory;

    @Test
    void printsOnlyWhatIsWrittenAfterItStarted() throws Exception {
        Path log = directory.resolve("kafka.log");
        Files.writeString(log, "old\n");
        LogFollower follower = new LogFollower(log);

        append(log, "one\ntwo\n");

        assertThat(follower.newLines()).containsExactly("one", "two");
        assertThat(follower.newLines()).isEmpty();
    }

    @Test
    void holdsALineBackUntilItsNewlineIsWritten() throws Exception {
        Path log = directory.resolve("kafka.log");
        Files.writeString(log, "");
        LogFollower follower = new LogFollower(log);

        append(log, "half");
        assertThat(follower.newLines()).isEmpty();
        append(log, " and the rest\r\n");

        assertThat(follower.newLines()).containsExactly("half and the rest");
    }

    @Test
    void followsTheNewLogOfARestartedComponentFromItsStart() throws Exception {
        Path log = directory.resolve("health-service.log");
        Files.writeString(log, "first run\n");
        LogFollower follower = new LogFollower(log);
        append(log, "stopping\n");
        assertThat(follower.newLines()).containsExactly("stopping");

        // What ProcessSpawner does on a restart: the old log becomes .log.1, the new process writes a new one.
        Files.move(log, directory.resolve("health-service.log.1"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(follower.newLines()).as("between the move and the new log").isEmpty();
        Files.writeString(log, "second run\n");

        assertThat(follower.newLines())
                .containsExactly(
                        "--- health-service.log was replaced (the component restarted): from its start ---",
                        "second run");
    }

    private static void append(Path log, String text) throws Exception {
        Files.writeString(log, text, StandardOpenOption.APPEND);
    }
}
