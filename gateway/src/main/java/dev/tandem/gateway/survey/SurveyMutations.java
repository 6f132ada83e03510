package dev.tandem.gateway.survey;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** What cs-admins do with surveys; cta-service's refusals show as VALIDATION naming the field. */
@GraphQLApi
public class SurveyMutations {

    private final SurveyClient surveys;

    public SurveyMutations(SurveyClient surveys) {
        this.surveys = surveys;
    }

    @Mutation("saveSurvey")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Define a survey (NPS, CSAT or up to 10 custom questions); a name that exists gets its next version,"
            + " and campaigns already sent keep theirs.")
    public Uni<Survey> saveSurvey(@NonNull SurveyInputs.Definition survey) {
        return surveys.define(survey);
    }

    @Mutation("createSurveyCampaign")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description(
            "Send a survey version to a segment's end users, by e-mail or in-app through a signed webhook, now or at"
                    + " sendAt. Unsubscribed and bounced addresses, and people surveyed within throttleDays, are left"
                    + " out; each person is asked once a campaign.")
    public Uni<SurveyCampaign> createSurveyCampaign(@NonNull SurveyInputs.Campaign campaign) {
        return surveys.start(campaign);
    }
}
