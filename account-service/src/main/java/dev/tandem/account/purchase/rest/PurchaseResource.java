package dev.tandem.account.purchase.rest;

import dev.tandem.account.purchase.service.PurchaseService;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{externalId}/purchases")
@Tag(name = "Purchases")
public class PurchaseResource {

    private final PurchaseService service;

    public PurchaseResource(PurchaseService service) {
        this.service = service;
    }

    @PUT
    @Path("/{purchaseId}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(
            summary = "Record or correct a one-off purchase of a ONE_OFF account by the vendor's order id; "
                    + "repeating it changes nothing")
    public Uni<Response> upsert(
            @PathParam("externalId") @ExternalId String externalId,
            @PathParam("purchaseId") @ExternalId String purchaseId,
            @Valid @NotNull(message = "a JSON body is required") PurchaseRequest request) {
        return service.upsert(externalId, purchaseId, request.toDetails())
                .map(result -> (result.created()
                                ? Response.created(
                                        URI.create("/api/v1/accounts/" + externalId + "/purchases/" + purchaseId))
                                : Response.ok())
                        .type(MediaType.APPLICATION_JSON)
                        .entity(PurchaseResponse.of(result.purchase()))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Operation(summary = "An account's purchases, newest first")
    public Uni<List<PurchaseResponse>> list(@PathParam("externalId") @ExternalId String externalId) {
        return service.list(externalId)
                .map(list -> list.stream().map(PurchaseResponse::of).toList());
    }
}
