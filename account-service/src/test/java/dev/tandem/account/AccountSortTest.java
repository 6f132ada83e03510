package dev.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Account lists sorted by name, health score, ARR or renewal, paged with cursors, and filtered on health bands. */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class AccountSortTest {

    /** What the list sorts on, as set up: null for a score or renewal the account lacks. */
    private record Listed(String name, String id, Integer score, BigDecimal arr, LocalDate renewal) {}

    private final String tag = "sort" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Listed> accounts = new ArrayList<>();

    @BeforeEach
    void aSmallCustomerBaseWithTies() {
        LocalDate today = LocalDate.now();
        // Two scores tie, two ARRs tie, two renewals tie; one account has neither a score nor a renewal.
        account("Mallow", 70, "30000", today.plusDays(200));
        account("apricot", 40, "10000", today.plusDays(50));
        account("Quince", 70, "50000", today.plusDays(50));
        account("date", null, null, null);
        account("Banana", 10, "10000", today.plusDays(300));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> names(Api.as(TestTokens.VIEWER).queryParam("band", "RED", "YELLOW"))
                                .size()
                        == 4);
    }

    @Test
    void everyOrderWalksEveryAccountOnceAcrossPages() {
        for (String direction : List.of("asc", "desc")) {
            assertThat(walk("name", direction))
                    .containsExactlyElementsOf(expected(l -> l.name().toLowerCase(Locale.ROOT), direction));
            assertThat(walk("score", direction)).containsExactlyElementsOf(expected(Listed::score, direction));
            assertThat(walk("arr", direction)).containsExactlyElementsOf(expected(Listed::arr, direction));
            assertThat(walk("renewal", direction)).containsExactlyElementsOf(expected(Listed::renewal, direction));
        }
        assertThat(walk(null, null)).as("by name unless told").containsExactlyElementsOf(walk("name", "asc"));
        assertThat(walk("score", "desc").get(4)).as("no score: last").isEqualTo("date " + tag);
        assertThat(walk("renewal", "asc").get(4)).as("no renewal: last").isEqualTo("date " + tag);
    }

    @Test
    void aBandFilterAndAScoreOrderCombine() {
        assertThat(names(Api.as(TestTokens.CSM)
                        .queryParam("band", "RED")
                        .queryParam("sort", "score")
                        .queryParam("direction", "asc")))
                .containsExactly("Banana " + tag, "apricot " + tag);
        assertThat(names(Api.as(TestTokens.CSM).queryParam("band", "NA", "YELLOW")))
                .containsExactly("date " + tag, "Mallow " + tag, "Quince " + tag);
    }

    @Test
    void wrongOrdersAndBandsAreNamed() {
        Api.as(TestTokens.VIEWER)
                .queryParam("sort", "health")
                .queryParam("direction", "up")
                .queryParam("band", "GREEN", "AMBER")
                .get("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("sort", "direction", "band"))
                .body("errors.find { it.field == 'band' }.reason", equalTo("must be one of [RED, YELLOW, GREEN, NA]"));
    }

    @Test
    void aCursorHoldsToTheOrderItWasMadeFor() {
        String cursor = Api.as(TestTokens.VIEWER)
                .queryParam("q", tag)
                .queryParam("sort", "arr")
                .queryParam("first", 2)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");

        Api.as(TestTokens.VIEWER)
                .queryParam("q", tag)
                .queryParam("sort", "arr")
                .queryParam("direction", "desc")
                .queryParam("after", cursor)
                .get("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("after")));
    }

    @Test
    void integratorsNeitherFilterOnBandsNorSortByScore() {
        Api.asClient("crm-sync")
                .queryParam("band", "RED")
                .get("/api/v1/accounts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.asClient("crm-sync")
                .queryParam("sort", "score")
                .get("/api/v1/accounts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.asClient("crm-sync")
                .queryParam("q", tag)
                .queryParam("sort", "arr")
                .get("/api/v1/accounts")
                .then()
                .statusCode(200);
    }

    @Test
    void theOpenApiDocumentListsTheOrdersAndBands() {
        String parameters = "paths.'/api/v1/accounts'.get.parameters";
        Api.as(TestTokens.VIEWER)
                .accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        parameters + ".find { it.name == 'sort' }.schema.enum",
                        equalTo(List.of("name", "score", "arr", "renewal")))
                .body(parameters + ".find { it.name == 'direction' }.schema.enum", equalTo(List.of("asc", "desc")))
                .body(parameters + ".find { it.name == 'band' }.schema.type", equalTo("array"));
    }

    private void account(String name, Integer score, String arr, LocalDate renewal) {
        TestAccounts.Created created = TestAccounts.createAsAdmin(name + " " + tag, "Growth");
        String id = created.id();
        if (arr != null) {
            TestAccounts.addContractAsAdmin(
                    created.externalId(), "c-1", arr, LocalDate.now().minusDays(10), renewal);
        }
        if (score != null) {
            try (TestHealth health = new TestHealth()) {
                health.scoreChanged(id, score, score <= 50 ? "RED" : "YELLOW", Instant.now());
            }
        }
        accounts.add(
                new Listed(name + " " + tag, id, score, arr == null ? BigDecimal.ZERO : new BigDecimal(arr), renewal));
    }

    /** The names in the order the API promises: by the key (missing keys last either way), ties by id. */
    private <K extends Comparable<K>> List<String> expected(Function<Listed, K> key, String direction) {
        Comparator<K> byKey = "desc".equals(direction) ? Comparator.reverseOrder() : Comparator.naturalOrder();
        // PostgreSQL orders ids by their bytes, which is the order of their lower-case text.
        return accounts.stream()
                .sorted(Comparator.comparing(key, Comparator.nullsLast(byKey)).thenComparing(Listed::id))
                .map(Listed::name)
                .toList();
    }

    /** Every page, two accounts at a time. */
    private List<String> walk(String sort, String direction) {
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            var request = Api.as(TestTokens.VIEWER).queryParam("first", 2);
            if (sort != null) {
                request.queryParam("sort", sort).queryParam("direction", direction);
            }
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.queryParam("q", tag)
                    .get("/api/v1/accounts")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            names.addAll(page.getList("items.name"));
            after = page.getString("nextCursor");
        } while (after != null);
        return names;
    }

    private List<String> names(io.restassured.specification.RequestSpecification request) {
        return request.queryParam("q", tag)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name");
    }
}
