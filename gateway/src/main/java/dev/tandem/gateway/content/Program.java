package dev.tandem.gateway.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.json.JsonDocuments;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** An onboarding program: a few fields to list it by, and the whole program as content-service keeps it. */
public record Program(
        @Id String id,
        String name,
        int periodDays,
        boolean premium,

        @Description("The program as content-service's REST API reads and writes it: plans, touch models, period,"
                + " end action and milestones")
        JsonObject document) {

    static Program of(JsonNode node) {
        return new Program(
                node.path("id").asText(null),
                node.path("name").asText(null),
                node.path("periodDays").asInt(),
                node.path("premium").asBoolean(),
                JsonDocuments.toGraphQL(node));
    }
}
