package dev.tandem.gateway.analysis;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Churn analyses, for cs-admins, as health-service runs them. */
@GraphQLApi
public class ChurnAnalysisQueries {

    private final ChurnAnalysisClient analyses;

    public ChurnAnalysisQueries(ChurnAnalysisClient analyses) {
        this.analyses = analyses;
    }

    @RolesAllowed(Roles.CS_ADMIN)
    @Query("churnAnalyses")
    @Description("The 20 latest churn analyses, newest first, without their results")
    public Uni<List<ChurnAnalysis>> churnAnalyses() {
        return analyses.latest();
    }

    @RolesAllowed(Roles.CS_ADMIN)
    @Query("churnAnalysis")
    @Description("A churn analysis: its progress and, once COMPLETED, its findings, suggestion and backtests")
    public Uni<ChurnAnalysis> churnAnalysis(@NonNull UUID id) {
        return analyses.get(id);
    }

    @RolesAllowed(Roles.CS_ADMIN)
    @Mutation("startChurnAnalysis")
    @Description("Starts a churn analysis in the background; VALIDATION when the look-back holds fewer than 30 churned"
            + " or 30 retained outcomes")
    public Uni<ChurnAnalysis> startChurnAnalysis(ChurnAnalysisInput input) {
        return analyses.start(input == null ? new ChurnAnalysisInput(null, null, null, null, null, null) : input);
    }
}
