package dev.tandem.testing;

import dev.tandem.testing.kafka.EmbeddedKafka;
import dev.tandem.testing.oidc.OidcTestServer;
import dev.tandem.testing.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The one PostgreSQL server, Kafka broker and OpenID Connect provider of a test JVM: each started on first use,
 * all stopped when the JVM exits. Every Quarkus restart and every test class in the JVM shares them; each service gets
 * its own database.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedInfrastructure shared;

    private CompletableFuture<PostgresServer> postgres;
    private CompletableFuture<EmbeddedKafka> kafka;
    private OidcTestServer oidc;

    private EmbeddedInfrastructure() {}

    public static synchronized EmbeddedInfrastructure shared() {
        if (shared == null) {
            shared = new EmbeddedInfrastructure();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "tandem-infrastructure-stop"));
        }
        return shared;
    }

    /**
     * Starts what is asked for and not yet running, side by side: PostgreSQL and Kafka take a few seconds each, and
     * starting them together roughly halves the wait.
     */
    public synchronized EmbeddedInfrastructure starting(boolean withPostgres, boolean withKafka) {
        if (withPostgres && postgres == null) {
            postgres =
                    CompletableFuture.supplyAsync(() -> PostgresServer.start(temporaryDirectory(), freePort(), false));
        }
        if (withKafka && kafka == null) {
            kafka = CompletableFuture.supplyAsync(EmbeddedKafka::start);
        }
        return this;
    }

    public PostgresServer postgres() {
        return starting(true, false).postgres.join();
    }

    public String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** The broker itself, for a test that stops it to see what a service does while Kafka is down. */
    public EmbeddedKafka kafka() {
        return starting(false, true).kafka.join();
    }

    public synchronized OidcTestServer oidc() {
        if (oidc == null) {
            oidc = OidcTestServer.start();
        }
        return oidc;
    }

    private synchronized void stop() {
        if (oidc != null) {
            oidc.close();
        }
        try {
            if (kafka != null) {
                kafka.join().close();
            }
        } finally {
            if (postgres != null) {
                postgres.join().destroy();
            }
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
