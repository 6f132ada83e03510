package dev.tandem.account.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class TouchModelBandsResourceTest {

    private static final String DEFAULTS = "{\"highFrom\": 50000, \"lowFrom\": 10000}";

    @AfterEach
    void restoreDefaults() {
        putBands(DEFAULTS).statusCode(200);
    }

    @Test
    void newBandsMoveEveryAccountTheyConcernAndAnnounceIt() {
        String externalId = TestAccounts.create("Bands Test", "FREE");
        String id = TestAccounts.idOf(externalId);
        TestAccounts.addContract(
                externalId,
                "c-1",
                "20000",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1));
        assertThat(touchModel(externalId)).isEqualTo("LOW");

        putBands("{\"highFrom\": 15000, \"lowFrom\": 5000}")
                .statusCode(200)
                .body("highFrom", equalTo(15000))
                .body("accountsMoved", greaterThanOrEqualTo(1));

        assertThat(touchModel(externalId)).isEqualTo("HIGH");
        Api.as(TestTokens.CSM).get("/api/v1/touch-model-bands").then().body("lowFrom", equalTo(5000.0f));
        TopicReader topics = new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.find(
                                Topics.ACCOUNT_EVENTS,
                                r -> id.equals(r.key())
                                        && SegmentChanged.TYPE.equals(TopicReader.header(r, "ce_type"))
                                        && r.value().contains("\"touchModel\":\"HIGH\""),
                                Duration.ofSeconds(1))
                        .isPresent());
    }

    @Test
    void bandsThatDoNotRiseAreRefused() {
        putBands("{\"highFrom\": 1000, \"lowFrom\": 1000}")
                .statusCode(400)
                .body("errors[0].field", equalTo("highFrom"));
        putBands("{\"highFrom\": -5, \"lowFrom\": null}").statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse putBands(String body) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/touch-model-bands")
                .then();
    }

    private static String touchModel(String externalId) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}", externalId)
                .then()
                .extract()
                .path("touchModel");
    }
}
