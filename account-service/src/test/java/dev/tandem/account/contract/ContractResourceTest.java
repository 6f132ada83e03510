package dev.tandem.account.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class ContractResourceTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
    private final LocalDate today = LocalDate.now();

    @Test
    void theFirstPaidContractConvertsTheAccountAndSetsItsSegment() {
        String account = freeAccount();
        String contract = contractJson("Growth", "60000", today.minusDays(3), today.plusYears(1), null);

        putContract(account, "c-1", contract).statusCode(201).body("status", equalTo("ACTIVE"));
        putContract(account, "c-1", contract).statusCode(200);

        String id = Api.asClient("billing-sync")
                .get("/api/v1/accounts/{id}", account)
                .then()
                .statusCode(200)
                .body("stage", equalTo("ONBOARDING"))
                .body("touchModel", equalTo("HIGH"))
                .body("arr", equalTo(60000.0f))
                .body("convertedOn", equalTo(today.minusDays(3).toString()))
                .body("cohort", equalTo(today.minusDays(3).toString().substring(0, 7)))
                .extract()
                .path("id");
        assertThat(typesOf(id, 4))
                .containsExactly(
                        dev.tandem.events.account.AccountCreated.TYPE,
                        ContractStarted.TYPE,
                        SegmentChanged.TYPE,
                        StageChanged.TYPE);
    }

    @Test
    void renewingAndEndingAreAnnouncedAndEndingChurnsTheAccount() {
        String account = freeAccount();
        putContract(account, "c-1", contractJson("Starter", "12000", today.minusYears(1), today.plusDays(10), null))
                .statusCode(201);
        putContract(account, "c-1", contractJson("Starter", "12000", today.minusYears(1), today.plusYears(1), null))
                .statusCode(200);
        putContract(
                        account,
                        "c-1",
                        contractJson(
                                "Starter",
                                "12000",
                                today.minusYears(1),
                                today.plusYears(1),
                                "\"status\": \"CANCELLED\", " + "\"endReason\": \"budget cut\""))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        String id = Api.asClient("billing-sync")
                .get("/api/v1/accounts/{id}", account)
                .then()
                .body("stage", equalTo("CHURNED"))
                .body("touchModel", equalTo("TECH"))
                .body("arr", equalTo(0.0f))
                .extract()
                .path("id");
        assertThat(typesOf(id, 8)).contains(ContractStarted.TYPE, ContractRenewed.TYPE, ContractEnded.TYPE);
    }

    @Test
    void contractsOfAnAccountAreListed() {
        String account = freeAccount();
        putContract(account, "a", contractJson("Starter", "5000", today.minusDays(1), today.plusYears(1), null));
        putContract(account, "b", contractJson("Add-on", "1000", today, today.plusYears(1), null));

        Api.asClient("billing-sync")
                .get("/api/v1/accounts/{id}/contracts", account)
                .then()
                .statusCode(200)
                .body("externalId", hasItems("a", "b"));
    }

    @Test
    void badTermsAreNamedAndChangeNothing() {
        String account = freeAccount();
        putContract(account, "bad", """
                        {"plan": "", "arr": -1, "currency": "euro", "seats": -2,
                         "startDate": "2026-01-01", "renewalDate": "2027-01-01"}
                        """)
                .statusCode(400)
                .body("errors.field", hasItems("plan", "arr", "currency", "seats"));
        putContract(account, "bad", contractJson("Starter", "100", today, today.minusDays(1), null))
                .statusCode(400)
                .body("errors[0].field", equalTo("renewalDate"));
        putContract("no-such-account", "c", contractJson("Starter", "100", today, today.plusDays(1), null))
                .statusCode(404);

        Api.asClient("billing-sync")
                .get("/api/v1/accounts/{id}/contracts", account)
                .then()
                .body("size()", equalTo(0));
    }

    @Test
    void aChangedContractAnnouncesItsPreviousValues() {
        String account = freeAccount();
        putContract(account, "c-1", contractJson("Growth", "12000", today.minusDays(3), today.plusYears(1), null))
                .statusCode(201);
        putContract(account, "c-1", contractJson("Scale", "18000", today.minusDays(3), today.plusYears(1), null))
                .statusCode(200);

        String id = Api.asClient("billing-sync")
                .get("/api/v1/accounts/{id}", account)
                .then()
                .extract()
                .path("id");
        var changed = topics.find(
                Topics.ACCOUNT_EVENTS,
                r -> id.equals(r.key()) && ContractChanged.TYPE.equals(TopicReader.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(changed).isPresent();
        assertThat(changed.get().value())
                .contains("\"plan\":\"Scale\"")
                .contains("\"previous\":{\"plan\":\"Growth\",\"arr\":12000");
    }

    private static String freeAccount() {
        return TestAccounts.create("Contract Test", "FREE");
    }

    private static io.restassured.response.ValidatableResponse putContract(
            String account, String contract, String body) {
        return Api.asClient("billing-sync")
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/{id}/contracts/{contract}", account, contract)
                .then();
    }

    private static String contractJson(String plan, String arr, LocalDate start, LocalDate renewal, String extra) {
        return """
                {"plan": "%s", "arr": %s, "currency": "EUR", "seats": 25, "startDate": "%s", "renewalDate": "%s",
                 %s "autoRenew": true}
                """.formatted(plan, arr, start, renewal, extra == null ? "" : extra + ",");
    }

    /** The CloudEvents types published for an account, in order, once at least {@code expected} have arrived. */
    private List<String> typesOf(String accountId, int expected) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> types = List.of();
        while (types.size() < expected && System.nanoTime() < deadline) {
            types =
                    topics
                            .findAll(Topics.ACCOUNT_EVENTS, r -> accountId.equals(r.key()), Duration.ofSeconds(2))
                            .stream()
                            .map(r -> TopicReader.header(r, "ce_type"))
                            .toList();
        }
        return types;
    }
}
