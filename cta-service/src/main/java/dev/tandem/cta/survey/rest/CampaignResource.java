package dev.tandem.cta.survey.rest;

import dev.tandem.cta.survey.domain.SurveyResults;
import dev.tandem.cta.survey.service.CampaignService;
import dev.tandem.cta.survey.service.ResultsService;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/survey-campaigns")
@Tag(name = "Surveys")
public class CampaignResource {

    private final CampaignService campaigns;
    private final ResultsService results;
    private final SecurityIdentity identity;

    public CampaignResource(CampaignService campaigns, ResultsService results, SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.results = results;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Send a survey by e-mail or in-app webhook to a segment's end users, now or at sendAt",
            description = "Unsubscribed and bounced addresses, and people surveyed within throttleDays, are left out;"
                    + " each person gets one invitation per campaign.")
    public Uni<Response> start(@Valid @NotNull(message = "a JSON body is required") CampaignRequest request) {
        return campaigns
                .start(request.toCampaign(), Callers.of(identity).subject())
                .map(campaign -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(CampaignResponse.of(campaign, true))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "The newest campaigns, at most limit (50 unless said, at most 200)")
    public Uni<List<CampaignResponse>> list(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be 1 to 200")
                    @Max(value = 200, message = "must be 1 to 200")
                    int limit) {
        return campaigns
                .newest(limit)
                .map(list -> list.stream()
                        .map(campaign -> CampaignResponse.of(campaign, urlsVisible()))
                        .toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "One campaign")
    public Uni<CampaignResponse> get(@PathParam("id") UUID id) {
        return campaigns.get(id).map(campaign -> CampaignResponse.of(campaign, urlsVisible()));
    }

    /** Webhook URLs may hold the receiver's credential: whole for the cs-admins who set them. */
    private boolean urlsVisible() {
        return identity.hasRole(Roles.CS_ADMIN);
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary =
                    "Response rate, NPS or CSAT overall, by touch model, by cohort and by week, and the latest comments")
    public Uni<SurveyResults> results(@PathParam("id") UUID id) {
        return results.ofCampaign(id);
    }
}
