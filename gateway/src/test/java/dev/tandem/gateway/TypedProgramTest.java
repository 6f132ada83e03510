package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
 * Programs and content items typed field by field: what content-service answers comes out of the typed GraphQL
 * unchanged, and a typed input reaches content-service as the REST body it takes, nothing dropped either way.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TypedProgramTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String FIELDS = """
            id name description periodDays premium price currency plans touchModels endPolicy extensionDays version
            milestones { id position name kind subject threshold useCaseIds }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void aProgramReadsTheSameTypedAsContentServiceWroteIt() throws Exception {
        ObjectNode answer = SameJson.data(
                GraphQL.as(TestTokens.VIEWER, "{ programs { " + FIELDS + " } }")
                        .log()
                        .ifValidationFails(),
                "/programs/0");

        SameJson.assertSame(answer, MAPPER.readTree(FakePrograms.program().encode()));
    }

    @Test
    void aTypedProgramReachesContentServiceAsTheBodyItTakes() throws Exception {
        ObjectNode input = (ObjectNode) MAPPER.readTree(FakePrograms.program().encode());
        input.remove("id");
        input.put("name", "Growth onboarding, shorter");
        for (JsonNode milestone : input.withArray("milestones")) {
            ((ObjectNode) milestone).remove(List.of("id", "position"));
            if (milestone.path("subject").isNull()) {
                ((ObjectNode) milestone).remove("subject");
            }
        }

        ObjectNode created = SameJson.data(
                GraphQL.as(
                                TestTokens.CS_ADMIN,
                                "mutation($p: ProgramInput!) { createProgram(program: $p) { id name } }",
                                Map.of("p", MAPPER.convertValue(input, Map.class)))
                        .log()
                        .ifValidationFails(),
                "/createProgram");

        assertThat(created.path("name").asText()).isEqualTo("Growth onboarding, shorter");
        JsonNode sent = MAPPER.readTree(
                FakeServices.lastBody("POST /api/v1/programs").body().encode());
        SameJson.assertSame(sent, input);
    }

    @Test
    void aReplacementNamesTheProgramAndTheVersionItStartedFrom() {
        GraphQL.as(TestTokens.CS_ADMIN, """
                        mutation($id: UUID!) {
                          replaceProgram(id: $id, program: {name: "Renamed", version: 4,
                            milestones: [{name: "Team on board", kind: SEATS_ACTIVE, threshold: 3}]}) { id version }
                        }
                        """, Map.of("id", FakeServices.PROGRAM.toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.replaceProgram.version", equalTo(4));

        assertThat(FakeServices.lastBody("PUT /api/v1/programs/:id").body().encode())
                .isEqualTo("{\"name\":\"Renamed\",\"milestones\":[{\"name\":\"Team on board\","
                        + "\"kind\":\"SEATS_ACTIVE\",\"threshold\":3}],\"version\":4}");
    }

    @Test
    void theWholeDocumentStillCreatesAProgramForOneReleaseButNotWithTheTypedOneBesideIt() {
        GraphQL.as(TestTokens.CS_ADMIN, "mutation { createProgram(document: {name: \"As JSON\"}) { id } }")
                .statusCode(200)
                .body("errors", nullValue());
        assertThat(FakeServices.lastBody("POST /api/v1/programs").body().getString("name"))
                .isEqualTo("As JSON");

        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        "mutation { createProgram(program: {name: \"Typed\"}, document: {name: \"JSON\"}) { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("program: set exactly one of program, document"));
        GraphQL.as(TestTokens.CS_ADMIN, "mutation { createProgram { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("none is set"));
        assertThat(FakeServices.calls("POST /api/v1/programs")).isEqualTo(1);
    }

    @Test
    void aTypedContentItemReachesContentServiceAsTheBodyItTakes() {
        GraphQL.as(TestTokens.CS_ADMIN, """
                        mutation {
                          createContent(content: {type: ARTICLE, title: "Connect your CRM", body: "Step one",
                            language: "en", status: PUBLISHED, targetRoles: [ADMIN], plans: ["Growth"],
                            touchModels: [LOW], useCaseIds: ["00000000-0000-0000-0000-0000000000c1"]}) { id type title }
                        }
                        """)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createContent.type", equalTo("ARTICLE"));

        assertThat(FakeServices.lastBody("POST /api/v1/content").body().encode())
                .isEqualTo("{\"type\":\"ARTICLE\",\"title\":\"Connect your CRM\",\"body\":\"Step one\","
                        + "\"language\":\"en\",\"status\":\"PUBLISHED\","
                        + "\"useCaseIds\":[\"00000000-0000-0000-0000-0000000000c1\"],\"targetRoles\":[\"ADMIN\"],"
                        + "\"plans\":[\"Growth\"],\"touchModels\":[\"LOW\"]}");

        GraphQL.as(TestTokens.CS_ADMIN, """
                        mutation($id: UUID!) {
                          replaceContent(id: $id, content: {type: FAQ, title: "Renamed", url: "https://x.example",
                            language: "de-CH", version: 2}) { id }
                        }
                        """, Map.of("id", FakeServices.PROGRAM.toString()))
                .statusCode(200)
                .body("errors", nullValue());
        assertThat(FakeServices.lastBody("PUT /api/v1/content/:id").body().getInteger("version"))
                .isEqualTo(2);
    }

    @Test
    void theProgramsDocumentSaysItIsKeptForOneReleaseOnly() {
        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        "{ __type(name: \"Program\") { fields(includeDeprecated: true) { name description } } }")
                .statusCode(200)
                .body(
                        "data.__type.fields.find { it.name == 'document' }.description",
                        containsString("Deprecated, kept for one release: read the typed fields"));
    }
}
