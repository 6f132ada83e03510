package dev.tandem.health.rescore.rest;

import dev.tandem.health.scorecard.repository.RescoreJobRepository;
import dev.tandem.health.scorecard.rest.RescoreJobResponse;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(RescoreJobResponse.PATH)
@Tag(name = "Scorecards")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class RescoreJobResource {

    private final RescoreJobRepository jobs;

    public RescoreJobResource(RescoreJobRepository jobs) {
        this.jobs = jobs;
    }

    @GET
    @Operation(summary = "The 20 latest rescorings of all accounts, newest first")
    public Uni<List<RescoreJobResponse>> latest() {
        return jobs.latest(20)
                .map(found -> found.stream().map(RescoreJobResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A rescoring's progress: accounts done of the total")
    public Uni<RescoreJobResponse> get(@PathParam("id") UUID id) {
        return jobs.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Rescore job", id))
                .map(RescoreJobResponse::of);
    }
}
