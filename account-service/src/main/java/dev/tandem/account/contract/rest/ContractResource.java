package dev.tandem.account.contract.rest;

import dev.tandem.account.contract.domain.ContractChange;
import dev.tandem.account.contract.service.ContractService;
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

@Path("/api/v1/accounts/{externalId}/contracts")
@Tag(name = "Contracts")
public class ContractResource {

    private final ContractService service;

    public ContractResource(ContractService service) {
        this.service = service;
    }

    @PUT
    @Path("/{contractId}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(
            summary = "Create or update a contract by the vendor's contract id; the account's stage and touch "
                    + "model follow")
    public Uni<Response> upsert(
            @PathParam("externalId") @ExternalId String externalId,
            @PathParam("contractId") @ExternalId String contractId,
            @Valid @NotNull(message = "a JSON body is required") ContractRequest request) {
        return service.upsert(externalId, contractId, request.toTerms())
                .map(result -> (result.change() == ContractChange.STARTED
                                ? Response.created(
                                        URI.create("/api/v1/accounts/" + externalId + "/contracts/" + contractId))
                                : Response.ok())
                        .type(MediaType.APPLICATION_JSON)
                        .entity(ContractResponse.of(result.contract()))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Operation(summary = "An account's contracts, oldest first")
    public Uni<List<ContractResponse>> list(@PathParam("externalId") @ExternalId String externalId) {
        return service.list(externalId)
                .map(list -> list.stream().map(ContractResponse::of).toList());
    }
}
