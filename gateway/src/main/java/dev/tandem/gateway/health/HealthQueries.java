package dev.tandem.gateway.health;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.error.InvalidInput;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class HealthQueries {

    private final HealthClient health;

    public HealthQueries(HealthClient health) {
        this.health = health;
    }

    @Query("growthMetrics")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Free sign-ups, activation and conversion rates, viral coefficient K, NPS overall and by cohort and"
            + " usage-frequency bands over the last days (1-365), for all accounts or one (the vendor's id).")
    public Uni<GrowthMetrics> growthMetrics(@DefaultValue("30") int days, String accountExternalId) {
        if (days < 1 || days > 365) {
            return Uni.createFrom().failure(new InvalidInput("days: must be between 1 and 365"));
        }
        return health.growthMetrics(days, accountExternalId).map(GrowthMetrics::of);
    }

    @Query("scorecards")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("The scorecards, health and PQL, with their groups, measures and weights.")
    public Uni<List<Scorecard>> scorecards() {
        return health.scorecards()
                .map(found -> found.stream().map(Scorecard::of).toList());
    }
}
