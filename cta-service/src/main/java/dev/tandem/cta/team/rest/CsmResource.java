package dev.tandem.cta.team.rest;

import dev.tandem.cta.team.service.TeamService;
import dev.tandem.platform.directory.Directory;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.problem.InvalidParameterException;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/csms")
@Tag(name = "Team")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class CsmResource {

    private final TeamService service;

    public CsmResource(TeamService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "The team directory: people with the csm or cs-admin role, by name, with id, user name, name,"
                    + " e-mail and roles",
            description = "Read from Keycloak and cached for a few minutes; 503 when Keycloak cannot be read and"
                    + " nothing was read before. role narrows it to csm or cs-admin.")
    public Uni<Page<CsmResponse>> list(@QueryParam("role") String role, @BeanParam @Valid PageParameters page) {
        if (role != null && !Directory.ROLES.contains(role)) {
            throw new InvalidParameterException("role", "must be one of " + Directory.ROLES);
        }
        return service.list(role, page.first, page.after).map(found -> found.map(CsmResponse::of));
    }
}
