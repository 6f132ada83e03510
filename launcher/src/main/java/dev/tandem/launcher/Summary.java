package dev.tandem.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The text {@code up} prints once everything is ready: where to point a browser, where the logs are, how to stop. */
final class Summary {

    private Summary() {}

    static List<String> lines(StackPlan plan, StateLayout layout, Duration took, boolean detached) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Tandem is up (" + Progress.seconds(took) + ").");
        lines.add("");
        for (Service service : plan.services()) {
            if (service.key().equals(StackPlan.GATEWAY)) {
                lines.add(row("GraphQL", service.localUrl() + "/graphql"));
            }
        }
        String label = "Swagger UI";
        for (Service service : plan.services()) {
            lines.add(row(label, String.format("%-40s %s", service.localUrl() + "/q/swagger-ui", service.module())));
            label = "";
        }
        lines.add(row("PostgreSQL", plan.jdbcUrl("<database>") + "  (user postgres, no password)"));
        lines.add(row("Kafka", plan.kafkaBootstrapServers()));
        lines.add(row("Logs", layout.logs().toString()));
        lines.add(row("Status", "./tandem status"));
        lines.add(row("Stop", detached ? "./tandem down" : "Ctrl-C here, or ./tandem down from another terminal"));
        return lines;
    }

    private static String row(String label, String value) {
        return String.format("  %-12s %s", label, value);
    }
}
