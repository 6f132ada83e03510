package dev.tandem.gateway.survey;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** The survey definitions, campaigns and results of cta-service's REST API. */
@Path("/api/v1")
interface SurveyApi {

    @GET
    @Path("/surveys")
    Uni<List<Survey>> surveys();

    @GET
    @Path("/surveys/{id}")
    Uni<Survey> survey(@PathParam("id") UUID surveyId);

    @POST
    @Path("/surveys")
    Uni<Survey> define(SurveyInputs.Definition survey);

    @GET
    @Path("/survey-campaigns")
    Uni<List<SurveyCampaign>> campaigns(@QueryParam("limit") int limit);

    @GET
    @Path("/survey-campaigns/{id}")
    Uni<SurveyCampaign> campaign(@PathParam("id") UUID campaignId);

    @POST
    @Path("/survey-campaigns")
    Uni<SurveyCampaign> start(SurveyInputs.Campaign campaign);

    @GET
    @Path("/survey-campaigns/{id}/results")
    Uni<SurveyResults> results(@PathParam("id") UUID campaignId);
}
