package dev.tandem.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.error.InvalidInput;
import dev.tandem.gateway.json.JsonDocuments;
import dev.tandem.gateway.json.OneOf;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class HealthMutations {

    private final HealthClient health;

    public HealthMutations(HealthClient health) {
        this.health = health;
    }

    @Mutation("setManualMeasure")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("A CSM's points on a MANUAL measure of an account (the vendor's id) until a day.")
    public Uni<ManualMeasure> setManualMeasure(
            @NonNull String accountExternalId, @NonNull String measureKey, @NonNull ManualMeasureInput value) {
        return health.setManual(accountExternalId, measureKey, value);
    }

    @Mutation("createScorecard")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("A new scorecard, given as scorecard (or, deprecated and kept for one release, as the whole JSON"
            + " document); every account is rescored.")
    public Uni<Scorecard> createScorecard(ScorecardInput scorecard, JsonObject document) {
        return body(scorecard, document).chain(health::createScorecard).map(Scorecard::of);
    }

    @Mutation("replaceScorecard")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Replace a scorecard whole, given as scorecard (or, deprecated and kept for one release, as the whole"
            + " JSON document), naming the version the edit started from; every account is rescored.")
    public Uni<Scorecard> replaceScorecard(@NonNull @Id String id, ScorecardInput scorecard, JsonObject document) {
        return body(scorecard, document)
                .chain(body -> health.replaceScorecard(id, body))
                .map(Scorecard::of);
    }

    /** The REST body from the one of the two arguments given; both or neither is VALIDATION. */
    private static Uni<JsonNode> body(ScorecardInput scorecard, JsonObject document) {
        Map<String, Object> given = OneOf.variants();
        given.put("scorecard", scorecard);
        given.put("document", document);
        try {
            return OneOf.chosen("scorecard", given).equals("scorecard")
                    ? JsonDocuments.toRest(scorecard, "scorecard")
                    : JsonDocuments.toRest(document);
        } catch (InvalidInput refused) {
            return Uni.createFrom().failure(refused);
        }
    }

    @Mutation("deleteScorecard")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Delete a scorecard; true once it is gone.")
    public Uni<Boolean> deleteScorecard(@NonNull @Id String id) {
        return health.deleteScorecard(id).replaceWith(true);
    }
}
