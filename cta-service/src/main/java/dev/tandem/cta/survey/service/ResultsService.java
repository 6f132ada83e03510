package dev.tandem.cta.survey.service;

import dev.tandem.cta.survey.domain.ResultCounts;
import dev.tandem.cta.survey.domain.SurveyKind;
import dev.tandem.cta.survey.domain.SurveyResults;
import dev.tandem.cta.survey.repository.ResultsStore;
import dev.tandem.cta.survey.repository.ResultsStore.Grouping;
import dev.tandem.cta.survey.repository.ResultsStore.Scope;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Results of a campaign, or of every campaign of a survey version. */
@ApplicationScoped
public class ResultsService {

    static final int COMMENTS = 50;

    private final ResultsStore results;
    private final CampaignService campaigns;
    private final SurveyService surveys;

    public ResultsService(ResultsStore results, CampaignService campaigns, SurveyService surveys) {
        this.results = results;
        this.campaigns = campaigns;
        this.surveys = surveys;
    }

    @WithSession
    public Uni<SurveyResults> ofCampaign(UUID campaignId) {
        return campaigns
                .get(campaignId)
                .chain(campaign -> surveys.get(campaign.surveyId()))
                .chain(survey ->
                        of(Scope.CAMPAIGN, campaignId, survey.definition().kind()));
    }

    @WithSession
    public Uni<SurveyResults> ofSurvey(UUID surveyId) {
        return surveys.get(surveyId)
                .chain(survey -> of(Scope.SURVEY, surveyId, survey.definition().kind()));
    }

    private Uni<SurveyResults> of(Scope scope, UUID id, SurveyKind kind) {
        // One after the other: a reactive session runs one statement at a time.
        return results.breakdown(scope, id, Grouping.TOUCH_MODEL)
                .chain(byTouchModel -> results.breakdown(scope, id, Grouping.COHORT)
                        .chain(byCohort -> results.scoresByWeek(scope, id)
                                .chain(byWeek -> results.latestComments(scope, id, COMMENTS)
                                        .map(comments -> ResultCounts.results(
                                                kind, byTouchModel, byCohort, byWeek, comments)))));
    }
}
