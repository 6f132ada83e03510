package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.service.QueueService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/queues")
@Tag(name = "CTAs")
public class QueueResource {

    /** A queue and how many open CTAs wait in it; {@code GET /ctas?queue=} lists them. */
    public record QueueResponse(String name, long open) {}

    private final QueueService service;

    public QueueResource(QueueService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "The queues where open CTAs without an owner wait, with how many wait in each")
    public Uni<List<QueueResponse>> queues() {
        return service.queues()
                .map(found -> found.stream()
                        .map(q -> new QueueResponse(q.name(), q.open()))
                        .toList());
    }
}
