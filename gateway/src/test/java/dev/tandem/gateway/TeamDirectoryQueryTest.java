package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team directory through the gateway: typed people, paged and narrowed as cta-service pages and narrows it. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TeamDirectoryQueryTest {

    private static final String CSMS = """
            query Csms($role: CsmRole, $first: Int) {
              csms(role: $role, first: $first) {
                edges { node { id username name email roles } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void aViewerReadsThePeopleWithTheirIdNameEmailAndRoles() {
        GraphQL.as(TestTokens.VIEWER, CSMS, Map.of())
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.csms.edges.node.username", contains("ada", "carl"))
                .body("data.csms.edges.node.name", contains("Ada Admin", "Carl Success"))
                .body("data.csms.edges.node.email", contains("ada@example.com", "carl@example.com"))
                .body("data.csms.edges[1].node.id", equalTo("7d0c2a52-0000-4000-8000-00000000ca71"))
                .body("data.csms.edges[1].node.roles", contains("csm"))
                .body("data.csms.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void theRoleAndPageSizeGoToCtaServiceAsItsOwnParameters() {
        GraphQL.as(TestTokens.CSM, CSMS, Map.of("role", "CS_ADMIN", "first", 1))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.csms.edges.node.username", contains("ada"))
                .body("data.csms.pageInfo.endCursor", equalTo("after-ada"));

        assertThat(FakeServices.lastQuery("GET /api/v1/csms"))
                .containsEntry("role", List.of("cs-admin"))
                .containsEntry("first", List.of("1"));
    }

    @Test
    void aPageSizeOutOfBoundsIsAValidationErrorAndCallsNothing() {
        GraphQL.as(TestTokens.CSM, CSMS, Map.of("first", 500))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"));

        assertThat(FakeServices.calls("GET /api/v1/csms")).isZero();
    }
}
