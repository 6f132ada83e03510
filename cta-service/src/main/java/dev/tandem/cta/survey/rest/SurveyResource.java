package dev.tandem.cta.survey.rest;

import dev.tandem.cta.survey.domain.SurveyResults;
import dev.tandem.cta.survey.service.ResultsService;
import dev.tandem.cta.survey.service.SurveyService;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/surveys")
@Tag(name = "Surveys")
public class SurveyResource {

    private final SurveyService service;
    private final ResultsService results;
    private final SecurityIdentity identity;

    public SurveyResource(SurveyService service, ResultsService results, SecurityIdentity identity) {
        this.service = service;
        this.results = results;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "The latest version of every survey, by name")
    public Uni<List<SurveyResponse>> list() {
        return service.latest()
                .map(surveys -> surveys.stream().map(SurveyResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "One survey version")
    public Uni<SurveyResponse> get(@PathParam("id") UUID id) {
        return service.get(id).map(SurveyResponse::of);
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "The results of every campaign of this survey version together")
    public Uni<SurveyResults> results(@PathParam("id") UUID id) {
        return results.ofSurvey(id);
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Define a survey: NPS, CSAT or a custom form of up to 10 questions; a known name gets a new"
                    + " version")
    public Uni<Response> define(@Valid @NotNull(message = "a JSON body is required") SurveyRequest request) {
        return service.define(request.toDefinition(), Callers.of(identity).subject())
                .map(survey -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(SurveyResponse.of(survey))
                        .build());
    }
}
