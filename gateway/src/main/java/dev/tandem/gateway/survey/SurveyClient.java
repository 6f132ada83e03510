package dev.tandem.gateway.survey;

import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** cta-service's surveys, guarded like every downstream call: timeout, retries of reads, circuit breaker. */
@ApplicationScoped
public class SurveyClient {

    private static final String SERVICE = "cta";

    private final Downstream downstream;
    private final SurveyApi api;

    public SurveyClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, SurveyApi.class);
    }

    /** The latest version of every survey. */
    public Uni<List<Survey>> surveys() {
        return downstream.read(SERVICE, api::surveys);
    }

    /** Fails as NotFound when there is no such survey version. */
    public Uni<Survey> survey(UUID surveyId) {
        return downstream.read(SERVICE, () -> api.survey(surveyId));
    }

    /** A new survey, or the next version of the one of that name. */
    public Uni<Survey> define(SurveyInputs.Definition survey) {
        return downstream.write(SERVICE, () -> api.define(survey));
    }

    /** The newest campaigns, at most {@code limit} (1 to 200; cta-service refuses others naming it). */
    public Uni<List<SurveyCampaign>> campaigns(int limit) {
        return downstream.read(SERVICE, () -> api.campaigns(limit));
    }

    /** Fails as NotFound when there is no such campaign. */
    public Uni<SurveyCampaign> campaign(UUID campaignId) {
        return downstream.read(SERVICE, () -> api.campaign(campaignId));
    }

    public Uni<SurveyCampaign> start(SurveyInputs.Campaign campaign) {
        return downstream.write(SERVICE, () -> api.start(campaign));
    }

    /** Fails as NotFound when there is no such campaign. */
    public Uni<SurveyResults> results(UUID campaignId) {
        return downstream.read(SERVICE, () -> api.results(campaignId));
    }
}
