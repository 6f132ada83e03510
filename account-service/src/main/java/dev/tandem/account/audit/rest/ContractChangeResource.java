package dev.tandem.account.audit.rest;

import dev.tandem.account.audit.domain.AuditEntry;
import dev.tandem.account.audit.service.AuditTrail;
import dev.tandem.platform.paging.BeforeParameters;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{externalId}/contract-changes")
@Tag(name = "Audit")
public class ContractChangeResource {

    /**
     * A contract started, changed, renewed or ended, as the audit trail recorded it.
     *
     * @param id the audit entry's id: what tells two changes at one time apart
     * @param change STARTED, CHANGED, RENEWED or ENDED
     * @param summary the contract's id and its state after the change (ARR, seats, renewal date), never personal data
     */
    public record ContractChangeResponse(long id, Instant occurredAt, String change, String summary, String actor) {

        static ContractChangeResponse of(AuditEntry entry) {
            return new ContractChangeResponse(
                    entry.id,
                    entry.at,
                    entry.action.substring(entry.action.indexOf('.') + 1).toUpperCase(java.util.Locale.ROOT),
                    entry.summary,
                    entry.actor);
        }
    }

    private final AuditTrail trail;

    public ContractChangeResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The account's contracts starting, changing, renewing and ending, newest first: at or before"
                    + " `before` (default: now), at most `limit` (default 50, at most 200)",
            description = "From the audit trail. The account timeline in the gateway merges it with the other"
                    + " services' lists.")
    public Uni<List<ContractChangeResponse>> list(
            @PathParam("externalId") @ExternalId String externalId, @BeanParam @Valid BeforeParameters window) {
        return trail.contractChanges(externalId, window.beforeOrLatest(), window.limit)
                .map(found -> found.stream().map(ContractChangeResponse::of).toList());
    }
}
