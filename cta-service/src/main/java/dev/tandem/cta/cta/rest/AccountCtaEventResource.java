package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.CtaEvent;
import dev.tandem.cta.cta.service.CtaHistory;
import dev.tandem.platform.paging.BeforeParameters;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/cta-events")
@Tag(name = "CTAs")
public class AccountCtaEventResource {

    /** A CTA opened (at its creation) or closed (at its closing), with the CTA as it is now. */
    public record CtaEventResponse(Instant occurredAt, CtaEvent.Kind kind, CtaResponse cta) {

        static CtaEventResponse of(CtaEvent event) {
            return new CtaEventResponse(event.occurredAt(), event.kind(), CtaResponse.of(event.cta()));
        }
    }

    private final CtaHistory history;

    public AccountCtaEventResource(CtaHistory history) {
        this.history = history;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "An account's CTAs as they were opened and closed, newest first: at or before `before`"
                    + " (default: now), at most `limit` (default 50, at most 200)",
            description = "The account timeline in the gateway merges it with the other services' lists.")
    public Uni<List<CtaEventResponse>> list(
            @PathParam("accountId") UUID accountId, @BeanParam @Valid BeforeParameters window) {
        return history.of(accountId, window.beforeOrLatest(), window.limit)
                .map(events -> events.stream().map(CtaEventResponse::of).toList());
    }
}
