package dev.tandem.account.contract.rest;

import dev.tandem.account.contract.service.ContractTermService;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{externalId}/contracts/{contractId}/terms")
@Tag(name = "Contracts")
public class ContractTermResource {

    private final ContractTermService service;

    public ContractTermResource(ContractTermService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary =
                    "A contract's terms, oldest first: ARR, dates, and how each ended (RENEWED, EXPANDED, CONTRACTED, "
                            + "CHURNED with its reason) with the ARR after it")
    public Uni<List<ContractTermResponse>> list(
            @PathParam("externalId") @ExternalId String externalId,
            @PathParam("contractId") @ExternalId String contractId) {
        return service.terms(externalId, contractId)
                .map(terms -> terms.stream().map(ContractTermResponse::of).toList());
    }
}
