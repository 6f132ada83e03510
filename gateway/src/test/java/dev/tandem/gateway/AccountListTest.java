package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accounts list's filter and order reach account-service, which filters and sorts over all accounts. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class AccountListTest {

    private static final String ACCOUNTS = """
            query Accounts($filter: AccountFilter, $orderBy: AccountOrder, $after: String) {
              accounts(filter: $filter, orderBy: $orderBy, first: 10, after: $after) {
                edges { node { externalId } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    private static final String LIST = "GET /api/v1/accounts";

    @BeforeEach
    void forgetEarlierCalls() {
        FakeServices.reset();
    }

    @Test
    void bandsAndTheOrderArePassedOnWithTheOtherFilters() {
        GraphQL.as(
                        TestTokens.CSM,
                        ACCOUNTS,
                        Map.of(
                                "filter", Map.of("stage", "ONBOARDING", "band", List.of("RED", "NA")),
                                "orderBy", Map.of("field", "SCORE", "direction", "DESC"),
                                "after", "20"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.accounts.edges", hasSize(10))
                .body("data.accounts.edges[0].node.externalId", equalTo("acme-20"));

        assertThat(FakeServices.lastQuery(LIST))
                .containsEntry("stage", List.of("ONBOARDING"))
                .containsEntry("band", List.of("RED", "NA"))
                .containsEntry("sort", List.of("score"))
                .containsEntry("direction", List.of("desc"))
                .containsEntry("after", List.of("20"))
                .containsEntry("first", List.of("10"));
    }

    @Test
    void anOrderWithoutDirectionIsAscendingAndWithoutOrderAccountServiceSortsByName() {
        GraphQL.as(TestTokens.VIEWER, ACCOUNTS, Map.of("orderBy", Map.of("field", "RENEWAL")))
                .statusCode(200)
                .body("errors", nullValue());
        assertThat(FakeServices.lastQuery(LIST))
                .containsEntry("sort", List.of("renewal"))
                .containsEntry("direction", List.of("asc"))
                .doesNotContainKey("band");

        GraphQL.as(TestTokens.VIEWER, ACCOUNTS, Map.of()).statusCode(200).body("errors", nullValue());
        assertThat(FakeServices.lastQuery(LIST)).doesNotContainKeys("sort", "direction", "band");
    }

    @Test
    void anUnknownBandOrSortFieldIsRefusedBeforeAnyCall() {
        GraphQL.as(TestTokens.VIEWER, ACCOUNTS, Map.of("filter", Map.of("band", List.of("AMBER"))))
                .statusCode(200)
                .body("errors", notNullValue())
                .body("data", nullValue());
        GraphQL.as(TestTokens.VIEWER, ACCOUNTS, Map.of("orderBy", Map.of("field", "HEALTH")))
                .statusCode(200)
                .body("errors", notNullValue());

        assertThat(FakeServices.calls(LIST)).isZero();
    }
}
