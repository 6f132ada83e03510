package dev.tandem.account.rest;

import dev.tandem.account.service.AccountService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
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

    /** External ids come from the vendor's own systems (CRM, billing); anything printable and short is accepted. */
    static final String EXTERNAL_ID = "[A-Za-z0-9._:@-]{1,128}";

    private final AccountService service;

    public AccountResource(AccountService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Path("/{externalId}")
    @Operation(summary = "Create or update an account by the vendor's external id; repeating it changes nothing")
    public Uni<Response> upsert(
            @PathParam("externalId") @Pattern(regexp = EXTERNAL_ID, message = "must be 1-128 letters, digits or ._:@-")
                    String externalId,
            @Valid @NotNull(message = "a JSON body is required") AccountUpsertRequest request) {
        return service.upsert(externalId, request.toDetails())
                .map(result -> (result.created()
                                ? Response.created(URI.create("/api/v1/accounts/" + externalId))
                                : Response.ok())
                        .type(MediaType.APPLICATION_JSON)
                        .entity(AccountResponse.of(result.account()))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Path("/{externalId}")
    @Operation(summary = "Read an account by the vendor's external id")
    public Uni<AccountResponse> get(
            @PathParam("externalId") @Pattern(regexp = EXTERNAL_ID, message = "must be 1-128 letters, digits or ._:@-")
                    String externalId) {
        return service.get(externalId).map(AccountResponse::of);
    }
}
