package dev.tandem.gateway.health;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.json.JsonDocuments;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
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
        return JsonDocuments.typedOrDocument("scorecard", scorecard, document)
                .chain(health::createScorecard)
                .map(Scorecard::of);
    }

    @Mutation("replaceScorecard")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Replace a scorecard whole, given as scorecard (or, deprecated and kept for one release, as the whole"
            + " JSON document), naming the version the edit started from; every account is rescored.")
    public Uni<Scorecard> replaceScorecard(@NonNull @Id String id, ScorecardInput scorecard, JsonObject document) {
        return JsonDocuments.typedOrDocument("scorecard", scorecard, document)
                .chain(body -> health.replaceScorecard(id, body))
                .map(Scorecard::of);
    }

    @Mutation("deleteScorecard")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Delete a scorecard; true once it is gone.")
    public Uni<Boolean> deleteScorecard(@NonNull @Id String id) {
        return health.deleteScorecard(id).replaceWith(true);
    }
}
