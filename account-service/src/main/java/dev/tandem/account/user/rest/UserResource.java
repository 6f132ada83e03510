package dev.tandem.account.user.rest;

import dev.tandem.account.user.service.UserService;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{externalId}/users")
@Tag(name = "End users")
public class UserResource {

    private final UserService service;

    public UserResource(UserService service) {
        this.service = service;
    }

    @PUT
    @Path("/{userId}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(summary = "Create or update an end user by the vendor's user id; repeating it changes nothing")
    public Uni<Response> upsert(
            @PathParam("externalId") @ExternalId String externalId,
            @PathParam("userId") @ExternalId String userId,
            @Valid @NotNull(message = "a JSON body is required") UserRequest request) {
        return service.upsert(externalId, userId, request.toUpsert())
                .map(result -> (result.created()
                                ? Response.created(URI.create("/api/v1/accounts/" + externalId + "/users/" + userId))
                                : Response.ok())
                        .type(MediaType.APPLICATION_JSON)
                        .entity(UserResponse.of(result.user()))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Operation(summary = "An account's end users by the vendor's user id")
    public Uni<Page<UserResponse>> list(
            @PathParam("externalId") @ExternalId String externalId, @BeanParam @Valid PageParameters page) {
        return service.list(externalId, page.first, page.after).map(found -> found.map(UserResponse::of));
    }

    @GET
    @Path("/{userId}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Operation(summary = "Read an end user")
    public Uni<UserResponse> get(
            @PathParam("externalId") @ExternalId String externalId, @PathParam("userId") @ExternalId String userId) {
        return service.get(externalId, userId).map(UserResponse::of);
    }
}
