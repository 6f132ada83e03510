package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of accounts with health, open CTAs and onboarding costs one call per service, whatever its size. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class BatchLoadingTest {

    private static final String PORTFOLIO_PAGE = """
            query Page($first: Int!, $after: String) {
              accounts(first: $first, after: $after, filter: {stage: ONBOARDING}) {
                edges {
                  cursor
                  node {
                    externalId name arr
                    health { score band trend7 trend30 explanation groups { name measures { name points contribution } } }
                    ctas { type status ownerId }
                    onboarding { status dueOn program { name periodDays } milestones { name reachedOn } }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @BeforeEach
    void forgetEarlierCalls() {
        FakeServices.reset();
    }

    @Test
    void fiftyAccountsWithHealthCtasAndOnboardingCostOneCallPerService() {
        String token = TestTokens.withRole(TestTokens.CSM);

        GraphQL.withToken(token, PORTFOLIO_PAGE, Map.of("first", 50))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.accounts.edges", hasSize(50))
                .body("data.accounts.edges.node.health.score", everyItem(equalTo(42)))
                .body("data.accounts.edges.node.health.trend7", everyItem(equalTo(-8)))
                .body("data.accounts.edges[7].node.health.groups[0].measures[0].contribution", equalTo(42.4f))
                .body("data.accounts.edges.node.ctas.flatten().type", everyItem(equalTo("RISK")))
                .body("data.accounts.edges.node.ctas.flatten()", hasSize(50))
                .body("data.accounts.edges.node.onboarding.status", everyItem(equalTo("IN_PROGRESS")))
                .body("data.accounts.edges.node.onboarding.program.name", everyItem(equalTo("Growth onboarding")))
                .body("data.accounts.pageInfo.hasNextPage", equalTo(true))
                .body("data.accounts.pageInfo.endCursor", equalTo("50"))
                .body("data.accounts.edges[49].cursor", equalTo("50"));

        assertThat(FakeServices.calls("GET /api/v1/accounts")).isEqualTo(1);
        assertThat(FakeServices.calls("GET /api/v1/health-scores")).isEqualTo(1);
        assertThat(FakeServices.calls("GET /api/v1/ctas")).isEqualTo(1);
        assertThat(FakeServices.calls("GET /api/v1/enrollments")).isEqualTo(1);
        assertThat(FakeServices.calls("GET /api/v1/programs")).isEqualTo(1);
        assertThat(FakeServices.totalCalls()).isEqualTo(5);
        assertThat(FakeServices.tokens())
                .as("the caller's own token reaches every service")
                .containsOnly(token);
    }

    @Test
    void thePortfolioAddsUpEveryPageWithOneCallPerServiceAndPage() {
        GraphQL.as(TestTokens.VIEWER, "{ portfolio { accounts arr complete byBand { key accounts arr } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.portfolio.accounts", equalTo(FakeServices.ACCOUNTS))
                .body("data.portfolio.arr", equalTo(FakeServices.ACCOUNTS * 20000))
                .body("data.portfolio.complete", equalTo(true))
                .body("data.portfolio.byBand[0].key", equalTo("RED"));

        assertThat(FakeServices.calls("GET /api/v1/accounts"))
                .as("120 accounts: one page")
                .isEqualTo(1);
        assertThat(FakeServices.calls("GET /api/v1/health-scores")).isEqualTo(1);
    }

    @Test
    void theNextPageCostsTheSameAndEachAccountGetsItsOwnData() {
        GraphQL.as(TestTokens.VIEWER, PORTFOLIO_PAGE, Map.of("first", 100, "after", "50"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.accounts.edges", hasSize(70))
                .body("data.accounts.edges[0].node.externalId", equalTo("acme-50"))
                .body("data.accounts.pageInfo.hasNextPage", equalTo(false));

        assertThat(FakeServices.totalCalls()).isEqualTo(5);
    }
}
