package dev.tandem.health.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With no broker to take the signals, a batch is answered 503 with Retry-After: the integrator retries, nothing is
 * reported as accepted that Kafka did not acknowledge. The ingest's producer points at a port where nothing listens;
 * everything else keeps the real broker.
 */
@QuarkusTest
@TestProfile(BrokerDownTest.NoBrokerForSignals.class)
@WithTandemInfrastructure(database = "health")
class BrokerDownTest {

    public static class NoBrokerForSignals implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // Port 9 (discard) refuses connections on this machine: the producer never reaches a broker.
                    "mp.messaging.outgoing.signals-out.bootstrap.servers", "127.0.0.1:9",
                    "mp.messaging.outgoing.signals-out.max.block.ms", "1000",
                    "tandem.ingest.ack-timeout", "2s",
                    "tandem.ingest.retry-after-seconds", "7");
        }
    }

    @Test
    void aBatchKafkaDoesNotAcknowledgeIsRefusedWithRetryAfter() {
        Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body("""
                        {"signals": [{"eventId": "%s", "accountId": "acme", "type": "login", "occurredAt": "%s"}]}
                        """.formatted(UUID.randomUUID(), Instant.now()))
                .post("/api/v1/signals")
                .then()
                .statusCode(503)
                .header("Retry-After", "7")
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("retry"));
    }
}
