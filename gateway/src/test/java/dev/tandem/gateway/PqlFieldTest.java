package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An account's PQL score, typed on Account, read through as health-service computes it. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class PqlFieldTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String PQL = """
            pql { account score qualified qualifyAt scorecardId scorecardName
              detail { score band exactScore explanation
                groups { key name score exactScore effectiveWeight
                  measures { key name rawValue points effectiveWeight contribution } } } }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void anAccountsPqlScoreReadsAsHealthServiceWroteIt() throws Exception {
        ObjectNode pql = SameJson.data(
                GraphQL.as(TestTokens.VIEWER, "{ account(externalId: \"acme-1\") { " + PQL + " } }")
                        .log()
                        .ifValidationFails(),
                "/account/pql");

        SameJson.assertSame(pql, MAPPER.readTree(FakeScorecards.pql("acme-1").encode()));
        assertThat(FakeServices.calls("GET /api/v1/accounts/:externalId/pql")).isEqualTo(1);
    }

    @Test
    void aPageOfAccountsCannotAskForItAccountByAccount() {
        GraphQL.as(TestTokens.VIEWER, "{ accounts(first: 20) { edges { node { pql { score } } } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", containsString("VALIDATION"));
        assertThat(FakeServices.calls("GET /api/v1/accounts/:externalId/pql")).isZero();
    }
}
