package dev.tandem.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Growth metrics and program statistics typed field by field: read through the schema, and their lists turned back
 * into the services' maps, they are what the services wrote.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TypedFiguresTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROGRAM = "00000000-0000-0000-0000-0000000000a1";

    @Test
    void growthMetricsReadAsHealthServiceWroteThem() throws Exception {
        ObjectNode typed = SameJson.data(GraphQL.as(TestTokens.VIEWER, """
                        { growthMetrics(days: 30) { from to signups activatedSignups activationRate convertedSignups
                            conversionRate npsByCohort { cohort nps } activeUsers invitesSent invitesAccepted
                            viralCoefficient nps npsAnswers usageFrequency { frequency users } } }
                        """), "/growthMetrics");
        asMap(typed, "npsByCohort", "cohort", "nps");
        asMap(typed, "usageFrequency", "frequency", "users");
        SameJson.assertSame(typed, MAPPER.readTree(FakeFigures.growth().encode()));
    }

    @Test
    void programStatisticsReadAsContentServiceWroteThem() throws Exception {
        String outcomes = "enrolled inProgress succeeded failed medianDaysToSuccess successRate";
        String step = "milestoneId name position reached";
        ObjectNode typed = SameJson.data(
                GraphQL.as(
                        TestTokens.VIEWER,
                        "{ programStats(programId: \"" + PROGRAM + "\") { programId overall { " + outcomes
                                + " } byCohort { cohort " + outcomes + " } funnel { " + step + " } stalledAt { "
                                + step + " } stalledThere } }"),
                "/programStats");
        ObjectNode byCohort = MAPPER.createObjectNode();
        typed.withArray("byCohort").forEach(cohort -> {
            ObjectNode figures = ((ObjectNode) cohort).deepCopy();
            figures.remove("cohort");
            byCohort.set(cohort.path("cohort").asText(), figures);
        });
        typed.set("byCohort", byCohort);
        SameJson.assertSame(typed, MAPPER.readTree(FakeFigures.stats(PROGRAM).encode()));
    }

    private static void asMap(ObjectNode document, String field, String keyName, String valueName) {
        ObjectNode map = MAPPER.createObjectNode();
        for (JsonNode entry : document.withArray(field)) {
            map.set(entry.path(keyName).asText(), entry.path(valueName));
        }
        document.set(field, map);
    }
}
