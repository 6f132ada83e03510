package dev.tandem.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.json.JsonDocuments;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** A scorecard: a few fields to list it by, and the whole document as health-service keeps it. */
public record Scorecard(
        @Id String id,
        String name,
        String purpose,

        @Description("Name this version when replacing the scorecard; a stale one is refused")
        int version,

        @Description("The scorecard as health-service's REST API reads and writes it: criteria, priority, weighted"
                + " groups of weighted measures, each weight also as a share of the whole")
        JsonObject document) {

    /** From a scorecard, or from what a change answers: the scorecard with its rescoring job. */
    static Scorecard of(JsonNode answer) {
        JsonNode node = answer.has("scorecard") ? answer.get("scorecard") : answer;
        return new Scorecard(
                node.path("id").asText(null),
                node.path("name").asText(null),
                node.path("purpose").asText(null),
                node.path("version").asInt(),
                JsonDocuments.toGraphQL(node));
    }
}
