package dev.tandem.account.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.account.PurchaseRecorded;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class PurchaseResourceTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    @Test
    void thePurchasePutTwiceIsOneRowAndOneEvent() {
        String account = oneOffAccount();
        String body = purchase("Annual report bundle", "249.00", "2100-01-10");

        putPurchase(account, "order-1", body).statusCode(201).body("product", equalTo("Annual report bundle"));
        putPurchase(account, "order-1", body).statusCode(200);

        Api.asClient("shop-sync")
                .get("/api/v1/accounts/{id}/purchases", account)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].amount", equalTo(249.0f));
        String id = TestAccounts.idOf(account);
        var recorded = topics.findAll(
                Topics.ACCOUNT_EVENTS,
                r -> id.equals(r.key()) && PurchaseRecorded.TYPE.equals(TopicReader.header(r, "ce_type")),
                Duration.ofSeconds(3));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).value()).contains("\"product\":\"Annual report bundle\"");
    }

    @Test
    void aCorrectedPurchaseIsAnnouncedAgainUnderItsId() {
        String account = oneOffAccount();
        putPurchase(account, "order-1", purchase("Starter kit", "99", "2100-02-01"))
                .statusCode(201);
        putPurchase(account, "order-1", purchase("Starter kit", "89", "2100-02-01"))
                .statusCode(200)
                .body("amount", equalTo(89));

        String id = TestAccounts.idOf(account);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> topics.findAll(
                                        Topics.ACCOUNT_EVENTS,
                                        r -> id.equals(r.key())
                                                && PurchaseRecorded.TYPE.equals(TopicReader.header(r, "ce_type")),
                                        Duration.ofSeconds(1))
                                .size()
                        == 2);
    }

    @Test
    void aSubscriptionAccountTakesNoPurchase() {
        String account = TestAccounts.create("Subscriber", "Growth");

        putPurchase(account, "order-1", purchase("Add-on", "10", "2100-01-01"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("ONE_OFF"));
    }

    @Test
    void badPurchasesNameTheFieldAndRecordNothing() {
        String account = oneOffAccount();

        putPurchase(account, "order-1", "{\"product\": \" \", \"amount\": -5, \"currency\": \"euro\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("product")))
                .body("errors.field", hasItem(containsString("amount")))
                .body("errors.field", hasItem(containsString("currency")))
                .body("errors.field", hasItem(containsString("purchasedOn")));
        Api.asClient("shop-sync")
                .get("/api/v1/accounts/{id}/purchases", account)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theRepeatRateIsTheShareOfBuyersWhoBoughtAgainInTheWindow() {
        // A window far in the future belongs to this test alone.
        String once = oneOffAccount();
        String twice = oneOffAccount();
        String outside = oneOffAccount();
        putPurchase(once, "o-1", purchase("Kit", "10", "2200-03-05")).statusCode(201);
        putPurchase(twice, "o-1", purchase("Kit", "10", "2200-03-01")).statusCode(201);
        putPurchase(twice, "o-2", purchase("Refill", "5", "2200-03-20")).statusCode(201);
        putPurchase(outside, "o-1", purchase("Kit", "10", "2200-04-02")).statusCode(201);
        putPurchase(outside, "o-2", purchase("Kit", "10", "2200-04-03")).statusCode(201);

        Api.as(TestTokens.CSM)
                .get("/api/v1/purchases/repeat-rate?from=2200-03-01&to=2200-03-31")
                .then()
                .statusCode(200)
                .body("buyers", equalTo(2))
                .body("repeatBuyers", equalTo(1))
                .body("purchases", equalTo(3))
                .body("rate", equalTo(0.5f));
        Api.as(TestTokens.CSM)
                .get("/api/v1/purchases/repeat-rate?from=2200-01-01&to=2200-01-31")
                .then()
                .statusCode(200)
                .body("buyers", equalTo(0))
                .body("rate", nullValue());
    }

    @Test
    void aBackwardWindowIsRefused() {
        Api.as(TestTokens.CSM)
                .get("/api/v1/purchases/repeat-rate?from=2200-03-31&to=2200-03-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as(TestTokens.CSM)
                .get("/api/v1/purchases/repeat-rate?to=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    private static String oneOffAccount() {
        String externalId = "shop-" + UUID.randomUUID();
        Api.asClient("shop-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Shop Customer\", \"billingModel\": \"ONE_OFF\"}")
                .put("/api/v1/accounts/{id}", externalId)
                .then()
                .statusCode(201);
        return externalId;
    }

    private static String purchase(String product, String amount, String on) {
        return """
                {"product": "%s", "amount": %s, "currency": "EUR", "purchasedOn": "%s"}
                """.formatted(product, amount, on);
    }

    private static ValidatableResponse putPurchase(String account, String order, String body) {
        return Api.asClient("shop-sync")
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/{id}/purchases/{order}", account, order)
                .then();
    }
}
