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
                "Runs the whole Tandem platform on this machine: PostgreSQL, a Kafka broker, Keycloak and the five",
                "services, which accept only tokens from that Keycloak.",
                "Needs a JDK 17 or newer and nothing else (no Docker). Builds what is missing on first use.",
                "",
                "Commands:",
                "  up [-d] [--infra] [--no-demo]",
                "        Start everything, wait until each part is ready, and stay in the foreground;",
                "        Ctrl-C stops it all.",
                "        -d, --detach  return once everything is ready and leave it running; when Tandem runs",
                "                      in part (a component crashed or was stopped), start what is missing",
                "        --infra       start only PostgreSQL, Kafka and Keycloak, e.g. to run a service in",
                "                      quarkus:dev",
                "        --no-demo     seed no demo company on a first start (by default the first up seeds",
                "                      about 500 accounts, 5,000 users and 90 days of history)",
                "  demo [--accounts N] [--days D] [--seed S] [--rate R] [--seconds S] [--truth FILE] [--judge]",
                "        Against the running stack: a simulated company (defaults 500 accounts, 90 days, seed 42)",
                "        sent through the public APIs as the demo integrator, after configuring rules, an",
                "        onboarding program and content as ada. --rate keeps R signals a second of live use",
                "        flowing afterwards (for --seconds, else until Ctrl-C); --judge waits until the platform",
                "        counted every signal and prints the health scores against the ground truth, which is",
                "        written to .tandem/demo/ground-truth.csv (or --truth FILE).",
                "  status",
                "        Show each component: running or stopped, pid, port, ready or not.",
                "  stop [--kill] <component>",
                "        Stop one component and leave the others running, e.g. to see what the platform does",
                "        while Kafka is down; --kill ends it at once, as a crash would. restart or up -d starts",
                "        it again.",
                "  restart <component>",
                "        Stop one component of the running stack (if it runs) and start it again, waiting until",
                "        it is ready; the others keep running. A service needs Kafka, Keycloak and PostgreSQL",
                "        running. Components: postgres, kafka, keycloak, account-service, health-service,",
                "        cta-service, content-service, gateway.",
                "  logs [-f] [-n N] <component>",
                "        Print the last N lines (default 50) of a component's log; -f, --follow keeps printing",
                "        what it writes, across restarts, until Ctrl-C.",
                "  token <user>",
                "        Print a fresh access token (it lasts minutes) of a demo user of the running stack: ada",
                "        (cs-admin), carl or cleo (csm), vera (viewer). E.g. TOKEN=$(./tandem token carl), or paste",
                "        it into the GraphQL UI's headers as {\"Authorization\": \"Bearer <token>\"}.",
                "  down",
                "        Stop the services, then Kafka and Keycloak, then PostgreSQL. The data is kept.",
                "  help",
                "        Show this text.",
                "",
                "  --build  rebuild everything with the Maven wrapper before running the command.",
                "",
                "State lives in .tandem/ at the project root: data in postgres/ and kafka/, Keycloak with its realm",
                "and users in keycloak/, logs in logs/, pid files in run/. Delete it after ./tandem down to start",
                "from scratch; delete keycloak/ alone to import the realm files of k8s/keycloak/ afresh.",
                "",
                "Keycloak (realm tandem) imports k8s/keycloak/tandem-realm.json and the DEV ONLY demo users and",
                "clients of k8s/keycloak/dev/. Its admin console is http://127.0.0.1:18080/admin, user admin,",
                "password dev-only-admin. To get a token for carl, a CSM (also ada = cs-admin, cleo = csm,",
                "vera = viewer; passwords dev-only-<name>), or for the demo integrator:",
                "  curl -s -d grant_type=password -d client_id=tandem-dev-cli -d username=carl \\",
                "      -d password=dev-only-carl http://127.0.0.1:18080/realms/tandem/protocol/openid-connect/token",
                "  curl -s -d grant_type=client_credentials -d client_id=tandem-demo-integrator \\",
                "      -d client_secret=dev-only-integrator-secret \\",
                "      http://127.0.0.1:18080/realms/tandem/protocol/openid-connect/token",
                "and send its access_token as 'Authorization: Bearer <token>'. ./tandem up prints these too.",
                "",
                "Environment variables (default):"));
        for (Setting setting : Setting.values()) {
            lines.add(String.format(
                    Locale.ROOT, "  %-31s %s (%s)", setting.variable(), setting.description(), setting.defaultValue()));
        }
        lines.add(String.format(
                Locale.ROOT,
                "  %-31s %s (%s)",
                StateLayout.STATE_DIR_VARIABLE,
                "state directory, relative to the project root; set it for status and down too",
                ".tandem"));
        return lines;
    }
}
