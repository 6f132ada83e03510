package dev.tandem.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text of {@code ./tandem help}. */
final class Help {

    private Help() {}

    static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                "Usage: ./tandem [--build] <command> [options]",
                "",
                "Runs the whole Tandem platform on this machine: PostgreSQL, a Kafka broker and the five services.",
                "Needs a JDK 17 or newer and nothing else (no Docker). Builds what is missing on first use.",
                "",
                "Commands:",
                "  up [-d] [--infra] [--no-demo]",
                "        Start everything, wait until each part is ready, and stay in the foreground;",
                "        Ctrl-C stops it all.",
                "        -d, --detach  return once everything is ready and leave it running",
                "        --infra       start only PostgreSQL and Kafka, e.g. to run a service with quarkus:dev",
                "        --no-demo     load no demo data (there is none yet: accepted so scripts keep working)",
                "  status",
                "        Show each component: running or stopped, pid, port, ready or not.",
                "  down",
                "        Stop the services, then Kafka, then PostgreSQL. The data is kept.",
                "  help",
                "        Show this text.",
                "",
                "  --build  rebuild everything with the Maven wrapper before running the command.",
                "",
                "State lives in .tandem/ at the project root: data in postgres/ and kafka/, logs in logs/,",
                "pid files in run/. Delete it after ./tandem down to start from scratch.",
                "",
                "Environment variables (default):"));
        for (Setting setting : Setting.values()) {
            lines.add(String.format(
                    Locale.ROOT, "  %-29s %s (%s)", setting.variable(), setting.description(), setting.defaultValue()));
        }
        return lines;
    }
}
