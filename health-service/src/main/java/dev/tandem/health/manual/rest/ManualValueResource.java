package dev.tandem.health.manual.rest;

import dev.tandem.health.manual.domain.ManualValue;
import dev.tandem.health.manual.service.ManualValueService;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/manual-measures")
@Tag(name = "Health scores")
public class ManualValueResource {

    private final ManualValueService service;
    private final SecurityIdentity identity;

    public ManualValueResource(ManualValueService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "The account's manual measure values, valid or expired")
    public Uni<List<ManualValue>> list(@PathParam("accountId") @ExternalId String accountId) {
        return service.ofAccount(accountId);
    }

    @PUT
    @Path("/{measureKey}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Give the account points (0-100) on a MANUAL measure until a date; its score follows within"
                    + " seconds")
    public Uni<ManualValue> set(
            @PathParam("accountId") @ExternalId String accountId,
            @PathParam("measureKey") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is not a measure key")
                    String measureKey,
            @Valid @NotNull(message = "a JSON body is required") ManualValueRequest request) {
        return service.set(
                accountId, measureKey, request.points(), request.expiresOn(), request.note(), Callers.of(identity));
    }

    @DELETE
    @Path("/{measureKey}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Withdraw the account's value on a MANUAL measure; the measure then has no value")
    public Uni<Void> remove(
            @PathParam("accountId") @ExternalId String accountId, @PathParam("measureKey") String measureKey) {
        return service.remove(accountId, measureKey, Callers.of(identity));
    }
}
