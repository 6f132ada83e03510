package dev.tandem.cta.rule.rest;

import dev.tandem.cta.rule.service.CurrentStateRules;
import dev.tandem.cta.rule.service.RuleService;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules")
@Tag(name = "Rules")
public class RuleResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final RuleService service;
    private final CurrentStateRules currentState;
    private final SecurityIdentity identity;

    public RuleResource(RuleService service, CurrentStateRules currentState, SecurityIdentity identity) {
        this.service = service;
        this.currentState = currentState;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Rules by name; webhook URLs whole for cs-admins only, cut to their host for others")
    public Uni<List<RuleResponse>> list() {
        boolean urlsVisible = identity.hasRole(Roles.CS_ADMIN);
        return service.list()
                .map(rules -> rules.stream()
                        .map(rule -> RuleResponse.of(rule, urlsVisible))
                        .toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A rule")
    public Uni<RuleResponse> get(@PathParam("id") UUID id) {
        return service.get(id).map(rule -> RuleResponse.of(rule, identity.hasRole(Roles.CS_ADMIN)));
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Define a rule: a trigger that fires on an edge, optional segment limits, a re-entry policy and"
                    + " one or more actions")
    public Uni<Response> create(@Valid @NotNull(message = BODY_REQUIRED) RuleRequest request) {
        return service.create(request.toDefinition())
                .call(currentState::apply)
                .map(rule -> Response.created(URI.create("/api/v1/rules/" + rule.id()))
                        .type(MediaType.APPLICATION_JSON)
                        .entity(RuleResponse.of(rule))
                        .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Replace a rule's definition; its firing history stays and still counts for re-entry")
    public Uni<RuleResponse> replace(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) RuleRequest request) {
        return service.replace(id, request.toDefinition())
                .call(currentState::apply)
                .map(RuleResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Delete a rule; CTAs it opened stay")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return service.delete(id).map(nothing -> Response.noContent().build());
    }
}
