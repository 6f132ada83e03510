package dev.tandem.health.history.rest;

import dev.tandem.health.history.repository.HistoryJobRepository;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(HistoryJobResource.PATH)
@Tag(name = "Health scores")
public class HistoryJobResource {

    static final String PATH = "/api/v1/score-history/backfills";

    private final HistoryJobRepository jobs;
    private final Clock clock;

    public HistoryJobResource(HistoryJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @WithTransaction
    @Operation(
            summary = "Compute every account's daily score history over a range of days (at most 731), in the"
                    + " background: 202 with the job, whose progress GET shows",
            description = "Each day is scored as it would have been that day: windows ending it, the scorecard"
                    + " versions and segments of then. Signals for past days correct the history on their own;"
                    + " this is for a range no signal touched since, such as after a scorecard was imported.")
    public Uni<Response> start(@NotNull(message = "a JSON body is required") HistoryJobRequest request) {
        request.check(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return jobs.enqueue(request.from(), request.to(), clock.instant())
                .map(job -> Response.accepted(HistoryJobResponse.of(job))
                        .location(URI.create(PATH + "/" + job.id))
                        .type(MediaType.APPLICATION_JSON)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "The 20 latest history backfills, newest first")
    public Uni<List<HistoryJobResponse>> latest() {
        return jobs.latest(20)
                .map(found -> found.stream().map(HistoryJobResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A history backfill's progress: accounts done of the total")
    public Uni<HistoryJobResponse> get(@PathParam("id") UUID id) {
        return jobs.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("History backfill", id))
                .map(HistoryJobResponse::of);
    }
}
