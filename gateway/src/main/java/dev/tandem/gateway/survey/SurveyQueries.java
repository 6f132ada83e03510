package dev.tandem.gateway.survey;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
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

    @Query("surveys")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The latest version of every survey, by name.")
    public Uni<List<@NonNull Survey>> surveys() {
        return surveys.surveys();
    }

    @Query("survey")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("One survey version; NOT_FOUND when there is none.")
    public Uni<Survey> survey(@NonNull UUID id) {
        return surveys.survey(id);
    }

    @Query("surveyCampaigns")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The newest campaigns first, at most `first` (1 to 200).")
    public Uni<List<@NonNull SurveyCampaign>> surveyCampaigns(@DefaultValue("50") int first) {
        return PageSize.checked(first).chain(surveys::campaigns);
    }

    @Query("surveyCampaign")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("One campaign with its audience, schedule, status and recipients; NOT_FOUND when there is none.")
    public Uni<SurveyCampaign> surveyCampaign(@NonNull UUID id) {
        return surveys.campaign(id);
    }

    @Query("surveyCampaignResults")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("A survey campaign's results: response rate, NPS or CSAT overall, by touch model, by cohort and by"
            + " week, and the latest verbatim comments; NOT_FOUND when there is no such campaign.")
    public Uni<SurveyResults> surveyCampaignResults(@NonNull UUID campaignId) {
        return surveys.results(campaignId);
    }
}
