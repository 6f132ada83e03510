package dev.tandem.gateway.touchpoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.gateway.FakeServicesProfile;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CSM records, rewrites, finds and deletes touchpoints through GraphQL; cta-service's answers pass through typed, its
 * refusals as coded errors naming the field, and a viewer's write never reaches it.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TouchpointGraphQlTest {

    private static final String RECORD = """
            mutation Record($account: UUID!, $touchpoint: TouchpointInput!) {
              recordTouchpoint(accountId: $account, touchpoint: $touchpoint) {
                id accountId type subject body sentiment version
                participants { userId name role }
              }
            }
            """;

    private static final UUID DECISION_MAKER = UUID.randomUUID();

    @BeforeEach
    void forgetEarlierCalls() {
        FakeTouchpoints.ENDPOINTS.reset();
    }

    @Test
    void aCsmRecordsAQbrWithTheDecisionMaker() {
        UUID account = UUID.randomUUID();
        as(TestTokens.CSM, RECORD, Map.of("account", account.toString(), "touchpoint", qbr(List.of(DECISION_MAKER))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.recordTouchpoint.accountId", equalTo(account.toString()))
                .body("data.recordTouchpoint.type", equalTo("QBR"))
                .body("data.recordTouchpoint.sentiment", equalTo("POSITIVE"))
                .body("data.recordTouchpoint.participants[0].userId", equalTo(DECISION_MAKER.toString()))
                .body("data.recordTouchpoint.participants[0].role", equalTo("DECISION_MAKER"));

        var sent = FakeTouchpoints.ENDPOINTS.lastBody("POST /api/v1/accounts/:accountId/touchpoints");
        assertThat(sent.getString("occurredAt")).isEqualTo("2026-11-02T10:00:00Z");
        assertThat(sent.getJsonArray("participants").getString(0)).isEqualTo(DECISION_MAKER.toString());
        assertThat(sent.getJsonArray("colleagues").getString(0)).isEqualTo("sam.solutions");
    }

    @Test
    void aNoteWrittenInlineNeedsNoParticipants() {
        String inline = "mutation { recordTouchpoint(accountId: \"" + UUID.randomUUID()
                + "\", touchpoint: {type: \"NOTE\", occurredAt: \"2026-11-02T10:00:00Z\", subject: \"s\"}) { type } }";
        as(TestTokens.CSM, inline, Map.of())
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.recordTouchpoint.type", equalTo("NOTE"));
    }

    @Test
    void badInputIsValidationNamingTheFieldAndAnotherCsmsAccountIsForbidden() {
        String account = UUID.randomUUID().toString();
        as(TestTokens.CSM, RECORD, Map.of("account", account, "touchpoint", qbr(List.of(FakeTouchpoints.STRANGER))))
                .statusCode(200)
                .body("data.recordTouchpoint", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("participants[0]"));

        Map<String, Object> tooLong = new HashMap<>(qbr(List.of()));
        tooLong.put("body", "x".repeat(20_001));
        as(TestTokens.CSM, RECORD, Map.of("account", account, "touchpoint", tooLong))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("body"));

        as(
                        TestTokens.CSM,
                        RECORD,
                        Map.of(
                                "account", FakeTouchpoints.OTHER_CSMS_ACCOUNT.toString(),
                                "touchpoint", qbr(List.of())))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        // A viewer reads the record but writes none of it, and cta-service is not asked.
        as(TestTokens.VIEWER, RECORD, Map.of("account", account, "touchpoint", qbr(List.of())))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertThat(FakeTouchpoints.ENDPOINTS.calls("POST /api/v1/accounts/:accountId/touchpoints"))
                .isEqualTo(3);
    }

    @Test
    void aTouchpointIsRewrittenReadAndDeleted() {
        String id = UUID.randomUUID().toString();
        as(TestTokens.CSM, """
                        mutation Update($id: UUID!, $touchpoint: TouchpointInput!) {
                          updateTouchpoint(id: $id, touchpoint: $touchpoint) { id version subject }
                        }
                        """, Map.of("id", id, "touchpoint", qbr(List.of())))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateTouchpoint.version", equalTo(2));

        as(TestTokens.VIEWER, "query One($id: UUID!) { touchpoint(id: $id) { id body } }", Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.touchpoint.body", equalTo("ROI **up** 20 %"));

        as(TestTokens.CSM, "mutation Delete($id: UUID!) { deleteTouchpoint(id: $id) }", Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.deleteTouchpoint", equalTo(true));

        as(
                        TestTokens.VIEWER,
                        "query One($id: UUID!) { touchpoint(id: $id) { id } }",
                        Map.of("id", FakeTouchpoints.GONE.toString()))
                .statusCode(200)
                .body("data.touchpoint", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void searchGoesToTheAccountOrToTheCsmsBook() {
        String account = UUID.randomUUID().toString();
        String search = """
                query Find($query: String!, $account: UUID, $csm: String) {
                  searchTouchpoints(query: $query, accountId: $account, csmId: $csm, first: 5) {
                    edges { node { rank headline touchpoint { accountId subject } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """;
        Map<String, Object> inAccount = new HashMap<>();
        inAccount.put("query", "roi \"business review\"");
        inAccount.put("account", account);
        as(TestTokens.VIEWER, search, inAccount)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.searchTouchpoints.edges[0].node.touchpoint.accountId", equalTo(account))
                .body("data.searchTouchpoints.edges[0].node.headline", equalTo("**ROI** up 20 %"))
                .body("data.searchTouchpoints.pageInfo.hasNextPage", equalTo(true))
                .body("data.searchTouchpoints.pageInfo.endCursor", equalTo("MQ"));
        assertThat(FakeTouchpoints.ENDPOINTS.lastQuery("GET /api/v1/accounts/:accountId/touchpoints/search"))
                .contains("q=roi")
                .contains("first=5");

        as(TestTokens.CSM, search, Map.of("query", "renewal", "csm", "csm-7"))
                .statusCode(200)
                .body("errors", nullValue());
        assertThat(FakeTouchpoints.ENDPOINTS.lastQuery("GET /api/v1/touchpoints/search"))
                .contains("q=renewal")
                .contains("csmId=csm-7");

        String tooMany = search.replace("first: 5", "first: 500");
        as(TestTokens.VIEWER, tooMany, Map.of("query", "renewal", "account", account))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("first"));
    }

    @Test
    void aCsAdminAddsAKindOfTouchpoint() {
        String add = """
                mutation Add($type: TouchpointTypeInput!) { addTouchpointType(type: $type) { key builtIn } }
                """;
        as(TestTokens.CS_ADMIN, add, Map.of("type", Map.of("key", "WORKSHOP", "name", "Workshop")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.addTouchpointType.key", equalTo("WORKSHOP"))
                .body("data.addTouchpointType.builtIn", equalTo(false));
        as(TestTokens.CS_ADMIN, add, Map.of("type", Map.of("key", "workshop", "name", "Workshop")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("key"));
        as(TestTokens.CSM, add, Map.of("type", Map.of("key", "DINNER", "name", "Dinner")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        as(TestTokens.VIEWER, "{ touchpointTypes { key builtIn } }", Map.of())
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.touchpointTypes.key", hasItems("CALL", "QBR", "WORKSHOP"));
    }

    private static Map<String, Object> qbr(List<UUID> participants) {
        return Map.of(
                "type", "QBR",
                "occurredAt", "2026-11-02T10:00:00Z",
                "subject", "Quarterly review",
                "body", "ROI **up** 20 %",
                "participants", participants.stream().map(UUID::toString).toList(),
                "colleagues", List.of("sam.solutions"),
                "sentiment", "POSITIVE");
    }

    private static ValidatableResponse as(String role, String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return given().auth()
                .oauth2(TestTokens.withRole(role))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/graphql")
                .then();
    }
}
