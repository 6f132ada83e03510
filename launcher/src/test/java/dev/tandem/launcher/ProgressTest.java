package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void alignsComponentNamesAndRoundsToTenthsOfSeconds() {
        Progress progress = new Progress(out, StandardCharsets.UTF_8);

        progress.starting("postgres");
        progress.ready("postgres", Duration.ofMillis(2149));
        progress.stopped("content-service", Duration.ofMillis(50));

        assertThat(lines())
                .containsExactly(
                        "postgres         starting…",
                        "postgres         ready in 2.1 s",
                        "content-service  stopped in 0.1 s");
    }

    @Test
    void fallsBackToThreeDotsOnAnAsciiTerminal() {
        new Progress(out, StandardCharsets.US_ASCII).starting("kafka");

        assertThat(lines()).containsExactly("kafka            starting...");
    }

    @Test
    void showsTheEndOfTheLogOfAFailedComponent() {
        new Progress(out, StandardCharsets.UTF_8)
                .failed("gateway", "exited before it was ready.", Path.of("g.log"), List.of("boom"));

        assertThat(lines())
                .contains("gateway          FAILED: exited before it was ready.", "Last lines of g.log:", "  | boom");
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
