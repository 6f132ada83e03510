package dev.tandem.health.pql.rest;

import dev.tandem.health.pql.repository.PqlRankings.RankedUser;
import dev.tandem.health.pql.service.UserPqlService;
import dev.tandem.health.pql.service.UserPqlService.UserPqlScore;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** End users' PQL scores, read by the same roles as accounts' (integrators read no scores). */
@Path("/api/v1")
@Tag(name = "Product-qualified leads")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class UserPqlResource {

    private final UserPqlService service;

    public UserPqlResource(UserPqlService service) {
        this.service = service;
    }

    @GET
    @Path("/accounts/{accountId}/users/{userId}/pql")
    @Operation(
            summary = "An end user's seriousness now (PQL score 0-100, or null without data) on the PQL scorecard that"
                    + " judges their account, whether they are product-qualified, and what makes up the score; by"
                    + " the vendor's account and user ids, as signals name them")
    public Uni<UserPqlScore> score(
            @PathParam("accountId") @ExternalId String accountId, @PathParam("userId") @ExternalId String userId) {
        return service.score(accountId, userId);
    }

    @GET
    @Path("/accounts/{accountId}/pql-users")
    @Operation(
            summary = "An account's scored end users, best PQL score first, qualified or not: whom to talk to when the"
                    + " account goes to sales")
    public Uni<Page<RankedUser>> usersOf(
            @PathParam("accountId") @ExternalId String accountId, @BeanParam @Valid PageParameters page) {
        return service.usersOf(accountId, page.first, page.after);
    }

    @GET
    @Path("/pql-users")
    @Operation(
            summary = "The product-qualified end users of every account, best score first: the hand-over list for"
                    + " sales when the lead is a person, as in a product-led motion")
    public Uni<Page<RankedUser>> qualified(@BeanParam @Valid PageParameters page) {
        return service.qualified(page.first, page.after);
    }
}
