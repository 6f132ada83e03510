package dev.tandem.gateway.survey;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/** The survey results of cta-service's REST API. */
@Path("/api/v1/survey-campaigns")
interface SurveyApi {

    @GET
    @Path("/{id}/results")
    Uni<SurveyResults> results(@PathParam("id") UUID campaignId);
}
