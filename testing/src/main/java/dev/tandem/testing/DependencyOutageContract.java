package dev.tandem.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.testing.kafka.EmbeddedKafka;
import dev.tandem.testing.postgres.PostgresServer;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an orchestrator sees of a service while Kafka or PostgreSQL is down: {@code /q/health/ready} answers DOWN
 * within about a second, probe after probe, and UP again once the dependency is back. Each test stops the JVM's real
 * broker or database, times the probes, and starts it again. A service's test extends this.
 */
public abstract class DependencyOutageContract {

    /** The readiness checks' timeout (800 ms) and the time to answer around it. */
    private static final Duration QUICK = Duration.ofMillis(1500);

    private static final Duration BACK = Duration.ofSeconds(60);
    private static final String KAFKA_CHECK = "Kafka broker";
    private static final String POSTGRES_CHECK = "PostgreSQL";

    @BeforeEach
    void ready() {
        await().atMost(BACK).until(() -> probe().status() == 200);
    }

    @Test
    void readinessAnswersDownWithinASecondWhileTheBrokerIsDownAndUpOnceItIsBack() {
        EmbeddedKafka kafka = EmbeddedInfrastructure.shared().kafka();
        assertThat(probe().checks()).containsEntry(KAFKA_CHECK, "UP");

        kafka.stopBroker();
        List<Probe> probes;
        try {
            probes = probes();
        } finally {
            kafka.startBroker();
        }

        report("the broker", probes);
        assertThat(probes).allSatisfy(probe -> {
            assertThat(probe.status()).isEqualTo(503);
            assertThat(probe.checks()).containsEntry(KAFKA_CHECK, "DOWN");
            assertThat(probe.took()).isLessThan(QUICK);
        });
        await().atMost(BACK).until(() -> probe().status() == 200);
    }

    @Test
    void readinessAnswersDownWithinASecondWhilePostgresIsDownAndUpOnceItIsBack() {
        PostgresServer postgres = EmbeddedInfrastructure.shared().postgres();
        assertThat(probe().checks()).containsEntry(POSTGRES_CHECK, "UP");

        postgres.stop();
        List<Probe> probes;
        try {
            probes = probes();
        } finally {
            postgres.startAgain();
        }

        report("PostgreSQL", probes);
        assertThat(probes).allSatisfy(probe -> {
            assertThat(probe.status()).isEqualTo(503);
            assertThat(probe.checks()).containsEntry(POSTGRES_CHECK, "DOWN");
            assertThat(probe.took()).isLessThan(QUICK);
        });
        await().atMost(BACK).until(() -> probe().status() == 200);
    }

    /** Three probes one after the other: the first finds the clients' connections just closed, the others not. */
    private static List<Probe> probes() {
        return List.of(probe(), probe(), probe());
    }

    private static Probe probe() {
        long start = System.nanoTime();
        Response response = given().when().get("/q/health/ready");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Map<String, String> checks = new TreeMap<>();
        response.jsonPath()
                .getList("checks", Map.class)
                .forEach(check -> checks.put((String) check.get("name"), (String) check.get("status")));
        return new Probe(response.statusCode(), checks, took);
    }

    private static void report(String dependency, List<Probe> probes) {
        System.out.println("readiness while " + dependency + " is down: "
                + probes.stream()
                        .map(probe -> probe.status() + " in " + probe.took().toMillis() + " ms")
                        .toList());
    }

    private record Probe(int status, Map<String, String> checks, Duration took) {}
}
