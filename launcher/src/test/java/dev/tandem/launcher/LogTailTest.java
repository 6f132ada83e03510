package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path directory;

    @Test
    void returnsTheLastLines() throws Exception {
        Path log = directory.resolve("a.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");

        assertThat(LogTail.last(log, 2)).containsExactly("three", "four");
    }

    @Test
    void returnsAllOfAShortLog() throws Exception {
        Path log = directory.resolve("a.log");
        Files.writeString(log, "only line");

        assertThat(LogTail.last(log, 30)).containsExactly("only line");
    }

    @Test
    void readsOnlyTheEndOfALargeLog() throws Exception {
        Path log = directory.resolve("big.log");
        String text = IntStream.range(0, 200_000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        Files.writeString(log, text, StandardCharsets.UTF_8);

        assertThat(LogTail.last(log, 3)).containsExactly("line 199997", "line 199998", "line 199999");
    }

    @Test
    void toleratesBytesThatAreNotUtf8() throws Exception {
        Path log = directory.resolve("bad.log");
        Files.write(log, new byte[] {'o', 'k', '\n', (byte) 0xff, 'x', '\n'});

        assertThat(LogTail.last(log, 5)).containsExactly("ok", "\uFFFDx");
    }

    @Test
    void aMissingLogHasNoLines() {
        assertThat(LogTail.last(directory.resolve("none.log"), 5)).isEmpty();
    }
}
