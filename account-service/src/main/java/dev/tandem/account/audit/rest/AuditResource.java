package dev.tandem.account.audit.rest;

import dev.tandem.account.audit.domain.AuditEntry;
import dev.tandem.account.audit.service.AuditTrail;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{externalId}/audit")
@Tag(name = "Audit")
public class AuditResource {

    /** One change: who (token subject or {@code system:<component>}), through which client, what and when. */
    public record AuditEntryResponse(String actor, String client, String action, String summary, Instant at) {

        static AuditEntryResponse of(AuditEntry entry) {
            return new AuditEntryResponse(entry.actor, entry.client, entry.action, entry.summary, entry.at);
        }
    }

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Who changed what about the account, newest first")
    public Uni<Page<AuditEntryResponse>> list(
            @PathParam("externalId") @ExternalId String externalId, @BeanParam @Valid PageParameters page) {
        return trail.of(externalId, page.first, page.after).map(found -> found.map(AuditEntryResponse::of));
    }
}
