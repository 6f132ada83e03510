package dev.tandem.account.erasure.rest;

import dev.tandem.account.erasure.service.ErasureService;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure requests from the vendor's privacy process. Answered 204 once the erasure is committed. */
@Path("/api/v1/accounts")
@Tag(name = "Erasure")
@RolesAllowed({Roles.CS_ADMIN, Roles.INTEGRATOR})
public class ErasureResource {

    private final ErasureService service;

    public ErasureResource(ErasureService service) {
        this.service = service;
    }

    @DELETE
    @Path("/{externalId}/users/{userId}")
    @Operation(summary = "Erase an end user's personal data (GDPR Art. 17); counts and history stay")
    public Uni<Void> eraseUser(
            @PathParam("externalId") @ExternalId String externalId, @PathParam("userId") @ExternalId String userId) {
        return service.eraseUser(externalId, userId);
    }

    @DELETE
    @Path("/{externalId}")
    @Operation(summary = "Erase an account and all its end users' personal data; figures stay")
    public Uni<Void> eraseAccount(@PathParam("externalId") @ExternalId String externalId) {
        return service.eraseAccount(externalId);
    }
}
