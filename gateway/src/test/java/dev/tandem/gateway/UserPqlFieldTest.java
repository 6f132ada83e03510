package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An end user's PQL score, typed on User, read through as health-service computes it for the user's account. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class UserPqlFieldTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String PQL = """
            pql { account user score qualified qualifyAt scorecardId scorecardName
              detail { score band exactScore explanation
                groups { key name score exactScore effectiveWeight
                  measures { key name rawValue points effectiveWeight contribution } } } }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void aUsersPqlScoreReadsAsHealthServiceWroteItForTheUsersAccount() throws Exception {
        ObjectNode pql = SameJson.data(
                GraphQL.as(
                                TestTokens.VIEWER,
                                "{ account(externalId: \"acme-1\") { users(first: 2) { edges { node { externalId " + PQL
                                        + " } } } } }")
                        .log()
                        .ifValidationFails(),
                "/account/users/edges/1/node/pql");

        SameJson.assertSame(
                pql,
                MAPPER.readTree(FakeScorecards.pql("acme-1")
                        .put("user", "acme-1-user-1")
                        .encode()));
        assertThat(FakeServices.calls("GET /api/v1/accounts/:accountId/users/:userId/pql"))
                .isEqualTo(2);
    }

    @Test
    void aLongPageOfUsersCannotAskForItUserByUser() {
        GraphQL.as(
                        TestTokens.VIEWER,
                        "{ account(externalId: \"acme-1\") { users(first: 20) { edges { node { pql { score } } } } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", containsString("VALIDATION"))
                .body("errors[0].message", containsString("at most 10"));
        assertThat(FakeServices.calls("GET /api/v1/accounts/:accountId/users/:userId/pql"))
                .isZero();
    }

    @Test
    void usersWithoutTheirPqlCostNoCallToHealthService() {
        GraphQL.as(
                        TestTokens.VIEWER,
                        "{ account(externalId: \"acme-1\") { users(first: 20) { edges { node { name } } } } }")
                .statusCode(200)
                .body("errors", nullValue());
        assertThat(FakeServices.calls("GET /api/v1/accounts/:accountId/users/:userId/pql"))
                .isZero();
    }
}
