package dev.tandem.account.account.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.account.account.service.AccountService;
import dev.tandem.account.account.service.CsmLookup;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts")
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountService service;
    private final CsmLookup csms;
    private final SecurityIdentity identity;

    public AccountResource(AccountService service, CsmLookup csms, SecurityIdentity identity) {
        this.service = service;
        this.csms = csms;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Path("/{externalId}")
    @Operation(summary = "Create or update an account by the vendor's external id; repeating it changes nothing")
    public Uni<Response> upsert(
            @PathParam("externalId") @ExternalId String externalId,
            @Valid @NotNull(message = "a JSON body is required") AccountUpsertRequest request) {
        return service.upsert(externalId, request.toDetails())
                .map(result -> (result.created()
                                ? Response.created(URI.create("/api/v1/accounts/" + externalId))
                                : Response.ok())
                        .type(MediaType.APPLICATION_JSON)
                        .entity(AccountResponse.of(result.account()))
                        .build());
    }

    @PATCH
    @Path("/{externalId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Assign the CSM (csmId, null to unassign; or csmEmail or csmUsername, looked up in the team"
                    + " directory) or set the community flag; other fields stay",
            description = "A csmEmail or csmUsername of no one with the csm or cs-admin role is a 400 naming it; 503"
                    + " when the team directory cannot be read. Nothing changes in either case.")
    public Uni<AccountResponse> patch(@PathParam("externalId") @ExternalId String externalId, ObjectNode body) {
        AccountPatchRequest.Parsed parsed = AccountPatchRequest.read(body);
        return csms.resolve(parsed.patch(), parsed.csm())
                .chain(patch -> service.patch(externalId, patch))
                .map(AccountResponse::of);
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Operation(
            summary = "Accounts filtered by stage, touch model, CSM, plan, renewal date, a part of the name or health"
                    + " band; sorted by name, health score, ARR or next renewal",
            description = "Integrators may neither filter on the band nor sort by score (403): they read nothing"
                    + " about scores. A cursor (after) holds to the sort it was made for.")
    public Uni<Page<AccountResponse>> list(
            @BeanParam @Valid AccountListParameters filters, @BeanParam @Valid PageParameters page) {
        AccountListParameters.Parsed query = filters.parse();
        if (query.readsHealth() && !readsScores()) {
            throw new ForbiddenException();
        }
        return service.list(query.filter(), query.sort(), page.first, page.after)
                .map(found -> found.map(AccountResponse::of));
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Path("/{externalId}")
    @Operation(summary = "Read an account by the vendor's external id")
    public Uni<AccountResponse> get(@PathParam("externalId") @ExternalId String externalId) {
        return service.get(externalId).map(AccountResponse::of);
    }

    /** The roles of people; an integrator's client reads no scores, not even through a list's filter or order. */
    private boolean readsScores() {
        return identity.hasRole(Roles.CS_ADMIN) || identity.hasRole(Roles.CSM) || identity.hasRole(Roles.VIEWER);
    }
}
