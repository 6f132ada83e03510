package dev.tandem.health.pql.rest;

import dev.tandem.health.pql.repository.PqlRankings.Qualified;
import dev.tandem.health.pql.service.PqlService;
import dev.tandem.health.pql.service.PqlService.PqlScore;
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

@Path("/api/v1")
@Tag(name = "Product-qualified leads")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class PqlResource {

    private final PqlService service;

    public PqlResource(PqlService service) {
        this.service = service;
    }

    @GET
    @Path("/accounts/{accountId}/pql")
    @Operation(
            summary = "A free or trial account's seriousness now (PQL score 0-100, or null without data), whether it"
                    + " is product-qualified, and what makes up the score")
    public Uni<PqlScore> score(@PathParam("accountId") @ExternalId String accountId) {
        return service.score(accountId);
    }

    @GET
    @Path("/pql-accounts")
    @Operation(summary = "The product-qualified accounts, best score first: the hand-over list for sales")
    public Uni<Page<Qualified>> qualified(@BeanParam @Valid PageParameters page) {
        return service.qualified(page.first, page.after);
    }
}
