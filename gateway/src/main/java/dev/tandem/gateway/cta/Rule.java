package dev.tandem.gateway.cta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.json.JsonDocuments;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** A CTA rule: a few fields to list it by, and the whole rule as cta-service keeps it. */
public record Rule(
        @Id String id,
        String name,
        boolean enabled,

        @Description("The rule as cta-service's REST API reads and writes it: trigger, scope, reentry and actions")
        JsonObject document) {

    static Rule of(JsonNode node) {
        return new Rule(
                node.path("id").asText(null),
                node.path("name").asText(null),
                node.path("enabled").asBoolean(),
                JsonDocuments.toGraphQL(node));
    }
}
