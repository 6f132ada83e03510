package dev.tandem.launcher;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long {@code ./tandem up} took, from the command's start to the stack being ready, and what in: the build and
 * checks before the launcher started anything, starting the components, seeding the demo company.
 *
 * @param total from the {@code ./tandem} script's start ({@link #COMMAND_STARTED}) to now
 * @param starting starting the components until every one was ready
 * @param seeding seeding the demo company; zero when it was not seeded
 */
record UpTimes(Duration total, Duration starting, Duration seeding) {

    /** The {@code ./tandem} script's start, in epoch milliseconds, which it passes the launcher's JVM. */
    static final String COMMAND_STARTED = "tandem.command-started";

    private static final Duration WORTH_NAMING = Duration.ofSeconds(1);

    /** Since the script started, or without it (the launcher run another way) since this JVM started. */
    static Instant commandStarted() {
        String millis = System.getProperty(COMMAND_STARTED, "");
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis.trim()));
        } catch (NumberFormatException e) {
            return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        }
    }

    /** The rest of the total: the build, if any, and the checks. */
    Duration beforeStarting() {
        Duration rest = total.minus(starting).minus(seeding);
        return rest.isNegative() ? Duration.ZERO : rest;
    }

    /** "5 min 3 s: build and checks 3 min 10 s, start 55.4 s, demo company 57.8 s". */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (beforeStarting().compareTo(WORTH_NAMING) >= 0) {
            parts.add("build and checks " + length(beforeStarting()));
        }
        parts.add("start " + length(starting));
        if (!seeding.isZero()) {
            parts.add("demo company " + length(seeding));
        }
        return length(total) + ": " + String.join(", ", parts);
    }

    static String length(Duration duration) {
        if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
            return Progress.seconds(duration);
        }
        return String.format(Locale.ROOT, "%d min %d s", duration.toMinutes(), duration.toSecondsPart());
    }
}
