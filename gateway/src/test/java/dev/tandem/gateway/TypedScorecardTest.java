package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scorecards typed field by field: what health-service answers comes out of the typed GraphQL unchanged, and a typed
 * input reaches health-service as the REST body it takes, nothing dropped either way.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TypedScorecardTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String FIELDS = """
            id name isDefault purpose qualifyAt priority criteria { stages touchModels plans } version updatedAt
            groups { key name description weight weightPercent measures {
              key name metric windowDays weight weightPercent whenNoData
              scoring { type fromValue fromPoints toValue toPoints thresholds { atLeast points } } } }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void aScorecardReadsTheSameTypedAsHealthServiceWroteIt() throws Exception {
        ObjectNode answer = SameJson.data(
                GraphQL.as(TestTokens.CS_ADMIN, "{ scorecards { " + FIELDS + " } }")
                        .log()
                        .ifValidationFails(),
                "/scorecards/0");

        SameJson.assertSame(answer, MAPPER.readTree(FakeScorecards.scorecard().encode()));
    }

    @Test
    void aTypedInputReachesHealthServiceAsTheBodyItTakes() throws Exception {
        ObjectNode input =
                (ObjectNode) MAPPER.readTree(FakeScorecards.scorecard().encode());
        input.remove(List.of("id", "updatedAt"));
        input.put("name", "Enterprise health, reweighed");
        for (JsonNode group : input.withArray("groups")) {
            ((ObjectNode) group).remove("weightPercent");
            for (JsonNode measure : group.withArray("measures")) {
                ((ObjectNode) measure).remove("weightPercent");
            }
        }

        ObjectNode created = SameJson.data(
                GraphQL.as(
                                TestTokens.CS_ADMIN,
                                "mutation($s: ScorecardInput!) { createScorecard(scorecard: $s) { id name } }",
                                Map.of("s", MAPPER.convertValue(input, Map.class)))
                        .log()
                        .ifValidationFails(),
                "/createScorecard");

        assertThat(created.path("name").asText()).isEqualTo("Enterprise health, reweighed");
        JsonNode sent = MAPPER.readTree(
                FakeServices.lastBody("POST /api/v1/scorecards").body().encode());
        SameJson.assertSame(sent, withoutNulls(input));
    }

    @Test
    void aReplacementNamesTheScorecardAndTheVersionItStartedFrom() throws Exception {
        GraphQL.as(TestTokens.CS_ADMIN, """
                        mutation($id: ID!) {
                          replaceScorecard(id: $id, scorecard: {name: "Renamed", version: 3, groups: []}) { id }
                        }
                        """, Map.of("id", FakeScorecards.ID.toString()))
                .statusCode(200);

        JsonNode sent = MAPPER.readTree(
                FakeServices.lastBody("PUT /api/v1/scorecards/:id").body().encode());
        assertThat(sent.toString()).isEqualTo("{\"name\":\"Renamed\",\"groups\":[],\"version\":3}");
    }

    @Test
    void theWholeDocumentStillReplacesAScorecardForOneReleaseButNotWithTheTypedOneBesideIt() {
        GraphQL.as(TestTokens.CS_ADMIN, """
                        mutation($id: ID!) {
                          replaceScorecard(id: $id, document: {name: "As JSON", version: 3, groups: []}) { id }
                        }
                        """, Map.of("id", FakeScorecards.ID.toString()))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
        assertThat(FakeServices.lastBody("PUT /api/v1/scorecards/:id").body().getString("name"))
                .isEqualTo("As JSON");

        GraphQL.as(TestTokens.CS_ADMIN, """
                        mutation($id: ID!) {
                          replaceScorecard(id: $id, scorecard: {name: "Typed"}, document: {name: "JSON"}) { id }
                        }
                        """, Map.of("id", FakeScorecards.ID.toString()))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("scorecard: set exactly one of scorecard, document"));
    }

    @Test
    void theWholeDocumentsSayTheyAreKeptForOneReleaseOnly() {
        for (String type : List.of("Scorecard", "Rule")) {
            GraphQL.as(
                            TestTokens.CS_ADMIN,
                            "{ __type(name: \"" + type + "\") { fields(includeDeprecated: true) { name isDeprecated"
                                    + " description } } }")
                    .statusCode(200)
                    .body(
                            "data.__type.fields.find { it.name == 'document' }.description",
                            containsString("read the typed fields"))
                    .body(
                            "data.__type.fields.find { it.name == 'document' }.description",
                            containsString("Deprecated"));
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = MAPPER.createObjectNode();
            object.properties().forEach(field -> {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(withoutNulls(element)));
            return copy;
        }
        return node;
    }
}
