package dev.tandem.testing;

import dev.tandem.testing.kafka.EmbeddedKafka;
import dev.tandem.testing.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The one PostgreSQL server and the one Kafka broker of a test JVM: started together on first use, stopped when the
 * JVM exits. Every Quarkus restart and every test class in the JVM shares them; each service gets its own database.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedInfrastructure shared;

    private final PostgresServer postgres;
    private final EmbeddedKafka kafka;

    private EmbeddedInfrastructure(PostgresServer postgres, EmbeddedKafka kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static synchronized EmbeddedInfrastructure shared() {
        if (shared == null) {
            shared = startBoth();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "tandem-infrastructure-stop"));
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    private static EmbeddedInfrastructure startBoth() {
        // Both take a few seconds to start; doing it side by side roughly halves the wait.
        var postgres =
                CompletableFuture.supplyAsync(() -> PostgresServer.start(temporaryDirectory(), freePort(), false));
        var kafka = CompletableFuture.supplyAsync(EmbeddedKafka::start);
        return new EmbeddedInfrastructure(postgres.join(), kafka.join());
    }

    private void stop() {
        try {
            kafka.close();
        } finally {
            postgres.destroy();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("tandem-postgres-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
