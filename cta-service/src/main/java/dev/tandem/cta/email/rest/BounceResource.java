package dev.tandem.cta.email.rest;

import dev.tandem.cta.email.service.SuppressionService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the mail provider's bounces are reported (by an integrator's relay, or a cs-admin by hand). */
@Path("/api/v1/email/bounces")
@Tag(name = "E-mail")
public class BounceResource {

    private final SuppressionService suppressions;

    public BounceResource(SuppressionService suppressions) {
        this.suppressions = suppressions;
    }

    public record BounceReport(
            @NotBlank(message = "is required")
            @Size(max = 254, message = "must be at most 254 characters")
            @Email(message = "must be an e-mail address")
            String email,

            @Size(max = 500, message = "must be at most 500 characters")
            String detail) {}

    /** @param sendsMarked the sends to the address now recorded as bounced */
    public record BounceRecorded(String email, boolean suppressed, int sendsMarked) {}

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Record that mail to an address bounced: its last send is marked, and nothing more goes to it")
    public Uni<BounceRecorded> bounced(@Valid @NotNull(message = "a JSON body is required") BounceReport report) {
        return suppressions
                .bounced(report.email(), report.detail())
                .map(marked ->
                        new BounceRecorded(report.email().strip().toLowerCase(java.util.Locale.ROOT), true, marked));
    }
}
