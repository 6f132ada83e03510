package dev.tandem.launcher;

import java.util.Locale;
import java.util.Optional;

/** {@code ./tandem status}: one line per component with its state, pid, port and readiness. */
final class StatusCommand {

    private final StackPlan plan;
    private final RunningStack stack;
    private final Progress progress;

    StatusCommand(StackPlan plan, RunningStack stack, Progress progress) {
        this.plan = plan;
        this.stack = stack;
        this.progress = progress;
    }

    int run() {
        progress.note(row("COMPONENT", "STATE", "PID", "PORT", "READY"));
        int running = 0;
        for (String component : plan.components()) {
            Optional<ProcessHandle> process = stack.process(component);
            int port = port(component);
            String ready = process.isPresent() ? (isReady(component, port) ? "yes" : "no") : "-";
            progress.note(row(
                    component,
                    process.isPresent() ? "running" : "stopped",
                    process.map(handle -> String.valueOf(handle.pid())).orElse("-"),
                    String.valueOf(port),
                    ready));
            running += process.isPresent() ? 1 : 0;
        }
        if (running == 0) {
            progress.note("");
            progress.note("Tandem is not running. Start it with ./tandem up.");
        }
        return 0;
    }

    private int port(String component) {
        if (component.equals(StackPlan.POSTGRES)) {
            return plan.postgresPort();
        }
        if (component.equals(StackPlan.KAFKA)) {
            return plan.kafkaPort();
        }
        if (component.equals(StackPlan.KEYCLOAK)) {
            return plan.keycloakPort();
        }
        if (component.equals(StackPlan.MAIL)) {
            return plan.smtpPort();
        }
        return plan.services().stream()
                .filter(service -> service.module().equals(component))
                .findFirst()
                .orElseThrow()
                .port();
    }

    private boolean isReady(String component, int port) {
        if (component.equals(StackPlan.POSTGRES)) {
            return LocalPostgres.acceptsConnections(port);
        }
        if (component.equals(StackPlan.KAFKA)) {
            try (KafkaReadiness readiness = new KafkaReadiness(plan.kafkaBootstrapServers())) {
                return readiness.isReady();
            }
        }
        if (component.equals(StackPlan.KEYCLOAK)) {
            return new HttpReadiness(plan.keycloakReadyUrl()).isReady();
        }
        if (component.equals(StackPlan.MAIL)) {
            return new HttpReadiness(plan.mailReadyUrl()).isReady();
        }
        return HttpReadiness.ofService(port).isReady();
    }

    private static String row(String component, String state, String pid, String port, String ready) {
        return String.format(
                Locale.ROOT, "%-" + Progress.NAME_WIDTH + "s %-8s %-8s %-6s %s", component, state, pid, port, ready);
    }
}
