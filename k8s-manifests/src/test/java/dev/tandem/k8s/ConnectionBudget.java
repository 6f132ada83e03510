package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many connections each CloudNativePG cluster may be asked for at once, read from a rendered overlay, against its
 * {@code max_connections}. A Deployment may run its autoscaler's maximum plus its rollout's surge of pods, each holding
 * its full pools: the reactive one and the JDBC one Flyway uses; Keycloak runs its instances, each with its pool. What
 * they may hold together must leave PostgreSQL's superuser slots and {@link #OPERATIONS} free.
 */
public final class ConnectionBudget {

    /**
     * Connections kept for everyone but the pools: CloudNativePG's instance manager and metrics exporter, a backup, an
     * operator's psql, a pod still closing its pools at the end of a rollout.
     */
    public static final int OPERATIONS = 10;

    static final String REACTIVE_URL = "QUARKUS_DATASOURCE_REACTIVE_URL";
    static final String REACTIVE_MAX_SIZE = "QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE";
    static final String JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String JDBC_MAX_SIZE = "QUARKUS_DATASOURCE_JDBC_MAX_SIZE";

    /** Quarkus 3.34's pool sizes and Keycloak 26's, for the messages and for a pool left unset. */
    static final int QUARKUS_REACTIVE_DEFAULT = 20;

    static final int QUARKUS_JDBC_DEFAULT = 50;
    static final int KEYCLOAK_DEFAULT = 100;

    /** PostgreSQL's defaults where a Cluster does not set them. */
    static final int SUPERUSER_RESERVED_DEFAULT = 3;

    static final int RESERVED_DEFAULT = 0;

    private ConnectionBudget() {}

    /** One Deployment or Keycloak on one database: the most pods it runs, each with its pools there. */
    public record Client(String name, int replicas, int surge, List<Integer> pools) {

        public int pods() {
            return replicas + surge;
        }

        public int perPod() {
            return pools.stream().mapToInt(Integer::intValue).sum();
        }

        public int connections() {
            return pods() * perPod();
        }
    }

    /** A cluster's limit, what PostgreSQL keeps for superusers (and reserved_connections), and its clients. */
    public record Database(
            String cluster, Optional<Integer> maxConnections, int superuserReserved, List<Client> clients) {

        public int peak() {
            return clients.stream().mapToInt(Client::connections).sum();
        }

        /** What the pools may use: max_connections less the superuser slots and {@link #OPERATIONS}. */
        public int available() {
            return maxConnections.orElse(0) - superuserReserved - OPERATIONS;
        }

        public int spare() {
            return available() - peak();
        }

        /** The rows of k8s/README.md's table ("Database connections") for this database. */
        public List<String> tableRows() {
            return clients.stream()
                    .map(c -> "| " + cluster + " | " + c.name() + " | " + c.replicas() + " + " + c.surge() + " | "
                            + c.pools().stream().map(String::valueOf).collect(Collectors.joining(" + ")) + " | "
                            + c.connections() + " | " + maxConnections.orElse(0) + " | " + superuserReserved + " + "
                            + OPERATIONS + " | " + spare() + " |")
                    .toList();
        }
    }

    /** Databases with clients that may ask for more than they take, pools and limits left to defaults. */
    public static List<String> problems(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (Database database : databases(m, problems).values()) {
            if (database.maxConnections().isEmpty()) {
                problems.add("Cluster " + database.cluster() + " sets no max_connections");
            } else if (database.spare() < 0) {
                problems.add(database.cluster() + ": "
                        + database.clients().stream()
                                .map(c -> c.name() + " " + c.pods() + " pods × " + c.perPod())
                                .collect(Collectors.joining(" + "))
                        + " = " + database.peak() + " connections at most, over the " + database.available()
                        + " of max_connections " + database.maxConnections().get() + " less "
                        + database.superuserReserved() + " for superusers and " + OPERATIONS + " for operations:"
                        + " lower a pool or a maximum of replicas, or raise max_connections (k8s/README.md,"
                        + " \"Database connections\")");
            }
        }
        return problems;
    }

    /** The clusters the Deployments and Keycloak connect to, by name; pools and limits left unset go to problems. */
    public static Map<String, Database> databases(Manifests m, List<String> problems) {
        Map<String, List<Client>> clients = new TreeMap<>();
        for (ObjectNode deployment : m.ofKind("Deployment")) {
            int replicas = Workloads.maxReplicas(m, deployment);
            int surge = Workloads.surge(deployment, replicas);
            Map<String, List<Integer>> pools = new LinkedHashMap<>();
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                Map<String, String> env = Workloads.environment(m, container);
                String where = "Deployment " + name(deployment);
                pool(m, env, REACTIVE_URL, REACTIVE_MAX_SIZE, QUARKUS_REACTIVE_DEFAULT, where, pools, problems);
                pool(m, env, JDBC_URL, JDBC_MAX_SIZE, QUARKUS_JDBC_DEFAULT, where, pools, problems);
            }
            pools.forEach((cluster, sizes) -> clients.computeIfAbsent(cluster, k -> new ArrayList<>())
                    .add(new Client(name(deployment), replicas, surge, sizes)));
        }
        for (ObjectNode keycloak : m.ofKind("Keycloak")) {
            var cluster = Workloads.cluster(m, keycloak.at("/spec/db/host").asText());
            if (cluster.isEmpty()) {
                continue;
            }
            JsonNode pool = keycloak.at("/spec/db/poolMaxSize");
            if (pool.isMissingNode()) {
                problems.add("Keycloak " + name(keycloak) + " sets no spec.db.poolMaxSize: Keycloak's default is "
                        + KEYCLOAK_DEFAULT + " connections an instance");
            }
            // The operator replaces Keycloak's pods one by one (a StatefulSet): no surge.
            clients.computeIfAbsent(cluster.get(), k -> new ArrayList<>())
                    .add(new Client(
                            name(keycloak),
                            keycloak.at("/spec/instances").asInt(1),
                            0,
                            List.of(pool.asInt(KEYCLOAK_DEFAULT))));
        }
        Map<String, Database> databases = new TreeMap<>();
        clients.forEach((cluster, own) -> {
            JsonNode parameters = m.find("Cluster", cluster).orElseThrow().at("/spec/postgresql/parameters");
            Optional<Integer> max = parameters.has("max_connections")
                    ? Optional.of(parameters.path("max_connections").asInt())
                    : Optional.empty();
            int reserved = parameters.path("superuser_reserved_connections").asInt(SUPERUSER_RESERVED_DEFAULT)
                    + parameters.path("reserved_connections").asInt(RESERVED_DEFAULT);
            databases.put(cluster, new Database(cluster, max, reserved, own));
        });
        return databases;
    }

    /** Adds the pool a URL variable opens to the cluster it names; an unset size counts as Quarkus's default. */
    private static void pool(
            Manifests m,
            Map<String, String> env,
            String url,
            String size,
            int quarkusDefault,
            String where,
            Map<String, List<Integer>> pools,
            List<String> problems) {
        if (!env.containsKey(url)) {
            return;
        }
        var cluster = Workloads.cluster(m, Workloads.host(env.get(url)));
        if (cluster.isEmpty()) {
            return; // ServiceReferences reports a database host without a Cluster
        }
        int connections = quarkusDefault;
        if (!env.containsKey(size)) {
            problems.add(
                    where + " sets no " + size + ": Quarkus's default is " + quarkusDefault + " connections a pod");
        } else {
            try {
                connections = Integer.parseInt(env.get(size).trim());
            } catch (NumberFormatException e) {
                problems.add(where + " sets " + size + " to " + env.get(size) + ", not a number");
            }
        }
        pools.computeIfAbsent(cluster.get(), k -> new ArrayList<>()).add(connections);
    }
}
