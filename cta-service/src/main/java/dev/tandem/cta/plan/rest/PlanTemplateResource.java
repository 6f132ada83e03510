package dev.tandem.cta.plan.rest;

import dev.tandem.cta.plan.service.PlanTemplates;
import dev.tandem.platform.security.Roles;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/success-plan-templates")
@Tag(name = "Success plans")
public class PlanTemplateResource {

    private final PlanTemplates templates;

    public PlanTemplateResource(PlanTemplates templates) {
        this.templates = templates;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Success plan templates by segment and name")
    public Uni<List<TemplateResponse>> list() {
        return templates
                .list()
                .map(found -> found.stream().map(TemplateResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A success plan template")
    public Uni<TemplateResponse> get(@PathParam("id") UUID id) {
        return templates.get(id).map(TemplateResponse::of);
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Define a template for a segment: objectives on a metric, an improvement over the account's"
                    + " baseline in percent, due some days after the plan is made, a playbook optional")
    public Uni<Response> define(@Valid @NotNull(message = "a JSON body is required") PlanRequests.Template request) {
        return templates
                .define(
                        request.name(),
                        request.touchModel(),
                        request.objectives().stream()
                                .map(PlanRequests.TemplateObjectiveBody::toObjective)
                                .toList())
                .map(template -> Response.created(
                                URI.create("/api/v1/success-plan-templates/" + template.template().id))
                        .type(MediaType.APPLICATION_JSON)
                        .entity(TemplateResponse.of(template))
                        .build());
    }
}
