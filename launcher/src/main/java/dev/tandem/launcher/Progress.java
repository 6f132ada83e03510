package dev.tandem.launcher;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Prints one aligned line per step: {@code postgres         starting…}, {@code postgres         ready in 2.1 s}. */
final class Progress {

    static final int NAME_WIDTH = 16;
    // Kafka's log lines run to a thousand characters; the start says enough, the full line is in the log.
    private static final int MAX_LOG_LINE = 240;

    private final PrintStream out;
    private final String ellipsis;

    Progress(PrintStream out, Charset charset) {
        this.out = out;
        // A terminal that is not UTF-8 would show "?" for the ellipsis.
        this.ellipsis = charset.newEncoder().canEncode('…') ? "…" : "...";
    }

    String ellipsis() {
        return ellipsis;
    }

    synchronized void starting(String component) {
        out.println(line(component, "starting" + ellipsis));
    }

    synchronized void ready(String component, Duration took) {
        out.println(line(component, "ready in " + seconds(took)));
    }

    synchronized void stopped(String component, Duration took) {
        out.println(line(component, "stopped in " + seconds(took)));
    }

    synchronized void failed(String component, String reason, Path log, List<String> tail) {
        out.println(line(component, "FAILED: " + reason));
        if (!tail.isEmpty()) {
            out.println();
            out.println("Last lines of " + log + ":");
            tail.forEach(text -> out.println("  | " + shorten(text)));
            out.println();
        }
    }

    synchronized void note(String text) {
        out.println(text);
    }

    private String shorten(String text) {
        return text.length() <= MAX_LOG_LINE ? text : text.substring(0, MAX_LOG_LINE) + ellipsis;
    }

    static String line(String component, String text) {
        return String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s %s", component, text);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
