package dev.tandem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No database can be asked for more connections than it takes: every service's pools are set explicitly, and at the
 * most pods its autoscaler and a rollout run, with Keycloak's, they leave PostgreSQL's superuser slots and
 * {@link ConnectionBudget#OPERATIONS} free (see {@link ConnectionBudget}). k8s/README.md shows the sums.
 */
class ConnectionBudgetTest {

    static final Path OVER_BUDGET = Path.of("src/test/resources/over-budget-overlay");

    static Stream<Path> overlays() {
        return Stream.of(Repo.DEV, Repo.PROD);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDatabaseTakesAllItsClientsAtTheirMost(Path overlay) {
        Manifests m = new Manifests(Overlays.render(overlay));

        assertThat(ConnectionBudget.problems(m)).isEmpty();
        List<String> clusters =
                m.ofKind("Cluster").stream().map(Manifests::name).sorted().toList();
        assertThat(ConnectionBudget.databases(m, new ArrayList<>()).keySet())
                .as("every Cluster has its clients counted")
                .containsExactlyElementsOf(clusters);
    }

    @Test
    void theOperatorGuideShowsProductionsSums() throws IOException {
        String guide = Files.readString(Repo.K8S.resolve("README.md"));
        var databases = ConnectionBudget.databases(new Manifests(Overlays.prod()), new ArrayList<>());

        assertThat(databases.get("health-db").clients())
                .singleElement()
                .satisfies(health -> assertThat(health.pods())
                        .as("KEDA's 12 and a rollout's one more")
                        .isEqualTo(13));
        for (var database : databases.values()) {
            for (String row : database.tableRows()) {
                assertThat(guide).as("k8s/README.md, \"Database connections\"").contains(row);
            }
        }
    }

    @Test
    void findsDatabasesAskedForTooMuchAndPoolsLeftToDefaults() {
        var m = new Manifests(Overlays.render(OVER_BUDGET));

        assertThat(ConnectionBudget.problems(m))
                .containsExactlyInAnyOrder(
                        "Deployment worker sets no QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE: Quarkus's default is 20"
                                + " connections a pod",
                        "Deployment worker sets no QUARKUS_DATASOURCE_JDBC_MAX_SIZE: Quarkus's default is 50"
                                + " connections a pod",
                        "Keycloak kc sets no spec.db.poolMaxSize: Keycloak's default is 100 connections an instance",
                        "Cluster worker-db sets no max_connections",
                        "web-db: web 10 pods × 35 = 350 connections at most, over the 285 of max_connections 300 less"
                                + " 5 for superusers and 10 for operations: lower a pool or a maximum of replicas, or"
                                + " raise max_connections (k8s/README.md, \"Database connections\")",
                        "kc-db: kc 3 pods × 100 = 300 connections at most, over the 187 of max_connections 200 less"
                                + " 3 for superusers and 10 for operations: lower a pool or a maximum of replicas, or"
                                + " raise max_connections (k8s/README.md, \"Database connections\")");
    }
}
