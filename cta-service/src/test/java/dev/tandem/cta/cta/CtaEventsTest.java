package dev.tandem.cta.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.cta.CtaSnoozed;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What cta.events carries about a CTA's owner: snoozes and closes name it, so the gateway's {@code ctaChanged}
 * subscription reaches the owner without having seen the CTA created.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class CtaEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSnoozeAndACloseNameTheOwnerTheCtaHasThen() throws Exception {
        String csm = "csm-" + UUID.randomUUID();
        String next = "csm-next-" + UUID.randomUUID();
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        String id = CtaResourceTest.open(account, "RISK", "usage fell", TestTokens.CS_ADMIN)
                .then()
                .statusCode(201)
                .body("ownerId", equalTo(csm))
                .extract()
                .path("id");

        CtaResourceTest.post(
                        id,
                        "snooze",
                        "{\"until\": \"%s\", \"reason\": \"on leave\"}"
                                .formatted(LocalDate.now().plusDays(7)),
                        TestTokens.CS_ADMIN)
                .then()
                .statusCode(200);
        CtaResourceTest.post(id, "reassign", "{\"ownerId\": \"%s\"}".formatted(next), TestTokens.CS_ADMIN)
                .then()
                .statusCode(200);
        CtaResourceTest.post(
                        id, "close", "{\"outcome\": \"CLOSED_SUCCESS\", \"reason\": \"saved\"}", TestTokens.CS_ADMIN)
                .then()
                .statusCode(200);

        assertThat(announced(CtaSnoozed.TYPE, id).path("ownerId").asText()).isEqualTo(csm);
        assertThat(announced(CtaClosed.TYPE, id).path("ownerId").asText()).isEqualTo(next);
    }

    private static JsonNode announced(String type, String ctaId) throws Exception {
        var record = new TopicReader(Fixtures.kafka())
                .find(
                        Topics.CTA_EVENTS,
                        r -> type.equals(TopicReader.header(r, "ce_type"))
                                && r.value().contains(ctaId),
                        Fixtures.WAIT)
                .orElseThrow(() -> new AssertionError("no " + type + " for " + ctaId));
        return JSON.readTree(record.value());
    }
}
