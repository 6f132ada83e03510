package dev.tandem.health.ingest.rest;

import dev.tandem.health.ingest.domain.SignalItem;
import dev.tandem.health.ingest.service.SignalIngest;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/signals")
@Tag(name = "Signals")
public class SignalResource {

    /** The body: up to 1,000 signals and 1 MB. */
    public record SignalBatch(List<SignalItem> signals) {}

    /** How many signals Kafka acknowledged. */
    public record Accepted(int accepted) {}

    private final SignalIngest ingest;

    public SignalResource(SignalIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(
            summary = "Send a batch of usage and engagement signals; 202 once Kafka acknowledged all of them, "
                    + "400 listing every bad item (nothing kept), 503 with Retry-After if Kafka is unavailable",
            description = "An email sent to a user is a `custom` signal named `email_sent` (with the user's `userId`"
                    + " when it went to one person): it is the denominator of the email open rate, which without"
                    + " sends has no value. Send one per email and recipient, and one `email_opened` per email"
                    + " opened, for a rate that means opened emails per sent email.")
    public Uni<Response> ingest(SignalBatch batch) {
        return ingest.accept(batch == null ? null : batch.signals())
                .map(accepted -> Response.accepted(new Accepted(accepted)).build());
    }
}
