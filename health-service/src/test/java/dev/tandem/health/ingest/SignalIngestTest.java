package dev.tandem.health.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.tandem.events.Topics;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "health")
class SignalIngestTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    @Test
    void anAcceptedBatchIsOnKafkaBeforeTheAnswer() {
        String account = "acme-" + UUID.randomUUID();
        String now = Instant.now().toString();

        post("""
                {"signals": [
                  {"eventId": "e1", "accountId": "%1$s", "userId": "ana", "type": "login", "occurredAt": "%2$s"},
                  {"eventId": "e2", "accountId": "%1$s", "userId": "ana", "type": "feature_used", "name": "reports",
                   "occurredAt": "%2$s", "properties": {"plan": "pro"}},
                  {"eventId": "e3", "accountId": "%1$s", "type": "nps_response", "value": 9, "occurredAt": "%2$s"}
                ]}
                """.formatted(account, now)).statusCode(202).body("accepted", equalTo(3));

        // The 202 came after the acknowledgement: the records are readable straight away.
        var records = topics.findAll(Topics.SIGNALS_RAW, r -> account.equals(r.key()), Duration.ofSeconds(2));
        assertThat(records).hasSize(3);
        assertThat(records)
                .allSatisfy(r -> assertThat(TopicReader.header(r, "ce_type")).isEqualTo(Signal.TYPE));
        assertThat(records).extracting(r -> TopicReader.header(r, "ce_id")).doesNotHaveDuplicates();
        assertThat(records.get(1).value()).contains("\"name\":\"reports\"").contains("\"plan\":\"pro\"");
    }

    @Test
    void aRetriedSignalKeepsItsCloudEventIdSoItIsCountedOnce() {
        String account = "retry-" + UUID.randomUUID();
        String body = """
                {"signals": [{"eventId": "same", "accountId": "%s", "type": "login", "occurredAt": "%s"}]}
                """.formatted(account, Instant.now());

        post(body).statusCode(202);
        post(body).statusCode(202);

        var records = topics.findAll(Topics.SIGNALS_RAW, r -> account.equals(r.key()), Duration.ofSeconds(2));
        assertThat(records).hasSize(2);
        assertThat(records)
                .extracting(r -> TopicReader.header(r, "ce_id"))
                .containsOnly(TopicReader.header(records.get(0), "ce_id"));
    }

    @Test
    void oneBadItemRejectsTheWholeBatchAndNothingIsKept() {
        String account = "bad-" + UUID.randomUUID();

        post("""
                {"signals": [
                  {"eventId": "ok", "accountId": "%1$s", "type": "login", "occurredAt": "%2$s"},
                  {"eventId": "bad", "accountId": "%1$s", "type": "nps_response", "value": 11, "occurredAt": "%2$s"},
                  {"eventId": "worse", "accountId": "%1$s", "type": "telepathy", "occurredAt": "%2$s"}
                ]}
                """.formatted(account, Instant.now()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("signals[1].value", "signals[2].type"));

        assertThat(topics.findAll(Topics.SIGNALS_RAW, r -> account.equals(r.key()), Duration.ofSeconds(1)))
                .isEmpty();
    }

    @Test
    void emptyAndMalformedBatchesAreRefused() {
        post("{\"signals\": []}").statusCode(400).body("errors[0].field", equalTo("signals"));
        post("{\"signals\": [{\"eventId\": \"x\", \"occurredAt\": \"yesterday\"}]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("signals[0].occurredAt"));
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/signals")
                .then();
    }
}
