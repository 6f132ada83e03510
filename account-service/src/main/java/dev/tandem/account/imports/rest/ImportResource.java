package dev.tandem.account.imports.rest;

import dev.tandem.account.audit.service.AuditLog;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.account.imports.service.ImportService;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ImportResource.PATH)
@Tag(name = "Imports")
public class ImportResource {

    static final String PATH = "/api/v1/imports";

    private final ImportService service;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public ImportResource(ImportService service, AuditLog audit, SecurityIdentity identity) {
        this.service = service;
        this.audit = audit;
        this.identity = identity;
    }

    @POST
    @Path("/{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(
            summary = "Upload a CSV file of accounts, users or contracts; it is imported in the background",
            description = "The header names the columns: the fields of the matching PUT body plus externalId (and "
                    + "accountExternalId for users and contracts), in any order. An empty cell is an omitted field. "
                    + "The file's shape is checked at once (400); its rows are applied as a job whose progress and "
                    + "per-row errors this API reports. Good rows commit, bad rows do not. Files up to 64 MB.")
    public Uni<Response> submit(@PathParam("kind") String kind, String csv) {
        ImportKind importKind = ImportKind.fromPath(kind)
                .orElseThrow(() -> new InvalidInputException("kind", "must be accounts, users or contracts"));
        if (csv == null || csv.isEmpty()) {
            throw new InvalidInputException("body", "is empty; the first row must name the columns");
        }
        return service.submit(importKind, csv)
                .map(job -> Response.accepted(ImportJobResponse.of(job))
                        .location(URI.create(PATH + "/" + job.id))
                        .type(MediaType.APPLICATION_JSON)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(summary = "The imports the caller uploaded (a cs-admin: everyone's), newest first")
    public Uni<Page<ImportJobResponse>> list(@BeanParam @Valid PageParameters page) {
        return audit.currentActor()
                .chain(caller -> service.list(caller, identity.hasRole(Roles.CS_ADMIN), page.first, page.after))
                .map(found -> found.map(ImportJobResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(summary = "An import's progress: rows done of the total, imported and rejected")
    public Uni<ImportJobResponse> get(@PathParam("id") UUID id) {
        return audit.currentActor()
                .chain(caller -> service.get(id, caller, identity.hasRole(Roles.CS_ADMIN)))
                .map(ImportJobResponse::of);
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(summary = "Why rows of an import were rejected: row number, column and reason, in row order")
    public Uni<Page<RowErrorResponse>> errors(@PathParam("id") UUID id, @BeanParam @Valid PageParameters page) {
        return audit.currentActor()
                .chain(caller -> service.errors(id, caller, identity.hasRole(Roles.CS_ADMIN), page.first, page.after))
                .map(found -> found.map(RowErrorResponse::of));
    }
}
