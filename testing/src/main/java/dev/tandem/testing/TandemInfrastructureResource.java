package dev.tandem.testing;

import dev.tandem.testing.postgres.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus test application at the JVM's shared infrastructure: the reactive URL for Hibernate Reactive and
 * the JDBC URL for Flyway, the Kafka bootstrap servers, and the OpenID Connect provider that signs test tokens. The
 * infrastructure outlives this resource; it stops with the JVM.
 */
public class TandemInfrastructureResource
        implements QuarkusTestResourceConfigurableLifecycleManager<WithTandemInfrastructure> {

    private String database = "";
    private boolean kafka = true;

    @Override
    public void init(WithTandemInfrastructure annotation) {
        this.database = annotation.database();
        this.kafka = annotation.kafka();
    }

    @Override
    public Map<String, String> start() {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.shared().starting(!database.isEmpty(), kafka);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", infrastructure.oidc().issuer());
        if (kafka) {
            config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        }
        if (!database.isEmpty()) {
            PostgresServer postgres = infrastructure.postgres();
            postgres.createDatabaseIfMissing(database);
            config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            config.put("quarkus.datasource.username", PostgresServer.USER);
            config.put("quarkus.datasource.password", "");
        }
        return config;
    }

    @Override
    public void stop() {
        // Nothing to do: the infrastructure is shared by every test of the JVM and stops with it.
    }
}
