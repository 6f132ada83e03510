package dev.tandem.gateway.survey;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SurveyQueries {

    private final SurveyClient surveys;

    public SurveyQueries(SurveyClient surveys) {
        this.surveys = surveys;
    }

    @Query("surveyCampaignResults")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("A survey campaign's results: response rate, NPS or CSAT overall, by touch model and by week, and the"
            + " latest verbatim comments; NOT_FOUND when there is no such campaign.")
    public Uni<SurveyResults> surveyCampaignResults(@NonNull UUID campaignId) {
        return surveys.results(campaignId);
    }
}
