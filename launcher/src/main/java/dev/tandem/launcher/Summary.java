package dev.tandem.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The text {@code up} prints once everything is ready: where to point a browser, how to get a token, where the logs
 * are, how to stop.
 */
final class Summary {

    // No jq needed: Keycloak answers with JSON on one line.
    private static final String ACCESS_TOKEN = " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')";

    private Summary() {}

    static List<String> lines(StackPlan plan, StateLayout layout, UpTimes took, boolean detached) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Tandem is up (" + took.describe() + ").");
        lines.add("");
        for (Service service : plan.services()) {
            if (service.key().equals(StackPlan.GATEWAY)) {
                lines.add(
                        row("Console", service.localUrl() + "/console/  (sign in as carl / dev-only-carl, see below)"));
                lines.add(row("GraphQL", service.localUrl() + "/graphql  (needs a token)"));
                lines.add(row("GraphQL UI", service.localUrl() + "/q/graphql-ui  (token: ./tandem token carl)"));
            }
        }
        String label = "Swagger UI";
        for (Service service : plan.services()) {
            // The gateway's is behind the same permission as /graphql: a browser gets no further than a 401.
            String module =
                    service.key().equals(StackPlan.GATEWAY) ? service.module() + " (needs a token)" : service.module();
            lines.add(row(label, String.format("%-40s %s", service.localUrl() + "/q/swagger-ui", module)));
            label = "";
        }
        lines.add(row(
                "Keycloak",
                plan.keycloakUrl() + "/admin  (" + KeycloakCommand.ADMIN_USER + " / " + KeycloakCommand.ADMIN_PASSWORD
                        + ", dev only)"));
        lines.add(row("PostgreSQL", plan.jdbcUrl("<database>") + "  (user postgres, no password)"));
        lines.add(row("Kafka", plan.kafkaBootstrapServers()));
        lines.add(row("Mail", plan.mailUrl() + "/  (what cta-service sent; SMTP on port " + plan.smtpPort() + ")"));
        lines.add(row("Logs", layout.logs().toString()));
        lines.add(row("Status", "./tandem status"));
        lines.add(row("Stop", detached ? "./tandem down" : "Ctrl-C here, or ./tandem down from another terminal"));
        lines.add("");
        lines.addAll(tokens(plan));
        return lines;
    }

    /** Copy-paste commands that put a token of realm {@code tandem} into {@code $TOKEN}, and calls that use it. */
    static List<String> tokens(StackPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("Tokens. DEV ONLY: these users, passwords and secrets are public;"
                + " they exist in this local Keycloak only.");
        lines.add("  ./tandem token carl prints one. As carl, a CSM (or ada = cs-admin, cleo = csm, vera = viewer;"
                + " password dev-only-<name>):");
        lines.add("    TOKEN=$(curl -s -d grant_type=password -d client_id=tandem-dev-cli -d username=carl"
                + " -d password=dev-only-carl " + plan.tokenUrl() + ACCESS_TOKEN);
        lines.add("  As the demo integrator (client credentials):");
        lines.add("    TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=tandem-demo-integrator"
                + " -d client_secret=dev-only-integrator-secret " + plan.tokenUrl() + ACCESS_TOKEN);
        plan.services().stream()
                .filter(service -> service.key().equals("account"))
                .findFirst()
                .ifPresent(account -> {
                    String accounts = account.localUrl() + "/api/v1/accounts/demo-1";
                    lines.add("  Then, e.g. (the integrator writes accounts, carl reads them):");
                    lines.add("    curl -X PUT -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json'"
                            + " -d '{\"name\":\"Demo One\"}' " + accounts);
                    lines.add("    curl -H \"Authorization: Bearer $TOKEN\" " + accounts);
                });
        return lines;
    }

    private static String row(String label, String value) {
        return String.format("  %-12s %s", label, value);
    }
}
