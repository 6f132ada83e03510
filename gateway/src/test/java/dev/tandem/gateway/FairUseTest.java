package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One viewer's heavy dashboards cannot starve the other users: queries are held to a row budget per request and per
 * caller, and to a few at once per caller, before any service is called.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class FairUseTest {

    /** Pages of 200 accounts: 10 of them are 2,000 rows, the most one request may ask for. */
    private static String accountPages(int pages) {
        return "{ "
                + IntStream.range(0, pages)
                        .mapToObj(i -> "p" + i + ": accounts(first: 200) { edges { node { externalId name } } }")
                        .collect(Collectors.joining(" "))
                + " }";
    }

    private static Response post(String token, String document) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", document))
                .post("/graphql");
    }

    @Test
    void aQueryAskingForMoreRowsThanOneRequestMayIsRefusedBeforeAnyServiceIsCalled() {
        FakeServices.reset();

        GraphQL.withToken(TestTokens.forUser("greedy-viewer", TestTokens.VIEWER), accountPages(11), Map.of())
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("asks for up to 2200 rows; at most 2000"));

        assertThat(FakeServices.totalCalls()).isZero();
    }

    @Test
    void eightMaximalQueriesOfOneViewerLeaveAnotherUsersQueryAnsweredQuicklyAndWhole() throws Exception {
        String heavy = TestTokens.forUser("dashboard-viewer", TestTokens.VIEWER);
        String other = TestTokens.forUser("other-csm", TestTokens.CSM);
        // A gateway that has served both kinds of query before, as in production: the first call builds clients.
        post(TestTokens.forUser("warm-up-viewer", TestTokens.VIEWER), accountPages(10));
        post(other, "{ account(externalId: \"acme-1\") { externalId } }");
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Response>> dashboards = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(heavy, accountPages(10)), callers))
                    .toList();

            List<Long> otherMillis = new ArrayList<>();
            while (dashboards.stream().anyMatch(dashboard -> !dashboard.isDone()) || otherMillis.size() < 3) {
                long started = System.nanoTime();
                post(other, "{ account(externalId: \"acme-1\") { externalId name } }")
                        .then()
                        .statusCode(200)
                        .body("errors", nullValue())
                        .body("data.account.externalId", equalTo("acme-1"));
                otherMillis.add((System.nanoTime() - started) / 1_000_000);
            }

            // The median, so that one pause of a loaded test machine does not decide; every answer was whole.
            List<Long> sorted = otherMillis.stream().sorted().toList();
            System.out.printf("Another user's account query during eight dashboards: %s ms%n", otherMillis);
            assertThat(sorted.get(sorted.size() / 2)).isLessThan(1_000);
            List<Response> answers =
                    dashboards.stream().map(CompletableFuture::join).toList();
            List<Response> limited = answers.stream()
                    .filter(answer -> "RATE_LIMITED".equals(answer.path("errors[0].extensions.code")))
                    .toList();
            // 8 × 2,000 rows against a burst of 10,000 and two at a time: at least three wait.
            assertThat(limited).hasSizeGreaterThanOrEqualTo(3);
            assertThat(limited).allSatisfy(answer -> {
                // SmallRye writes extensions of request errors as text.
                assertThat(Long.parseLong(String.valueOf(answer.<Object>path("errors[0].extensions.retryAfter"))))
                        .isPositive();
            });
            assertThat(answers)
                    .filteredOn(answer -> answer.path("errors") == null)
                    .isNotEmpty()
                    .allSatisfy(answer ->
                            assertThat(answer.<List<?>>path("data.p9.edges")).hasSize(FakeServices.ACCOUNTS));
        } finally {
            callers.shutdownNow();
        }
    }
}
