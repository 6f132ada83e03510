package dev.tandem.testing;

import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus test application at the JVM's shared PostgreSQL and Kafka: the reactive URL for Hibernate Reactive,
 * the JDBC URL for Flyway, and the Kafka bootstrap servers. The infrastructure outlives this resource; it stops with
 * the JVM.
 */
public class TandemInfrastructureResource
        implements QuarkusTestResourceConfigurableLifecycleManager<WithTandemInfrastructure> {

    private String database = "";

    @Override
    public void init(WithTandemInfrastructure annotation) {
        this.database = annotation.database();
    }

    @Override
    public Map<String, String> start() {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.shared();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        if (!database.isEmpty()) {
            var postgres = infrastructure.postgres();
            postgres.createDatabaseIfMissing(database);
            config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config.put("quarkus.datasource.username", dev.tandem.testing.postgres.PostgresServer.USER);
            config.put("quarkus.datasource.password", "");
        }
        return config;
    }

    @Override
    public void stop() {
        // Nothing to do: the infrastructure is shared by every test of the JVM and stops with it.
    }
}
