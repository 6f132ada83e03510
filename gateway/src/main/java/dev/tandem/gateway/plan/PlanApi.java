package dev.tandem.gateway.plan;

import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** The part of cta-service's success plan API the gateway uses. */
@Path("/api/v1/success-plans")
interface PlanApi {

    @GET
    Uni<Page<SuccessPlan>> list(@QueryParam("accountId") List<UUID> accountIds, @QueryParam("first") int first);

    @POST
    Uni<SuccessPlan> create(PlanInputs.Create plan);

    @POST
    @Path("/{id}/objectives")
    Uni<SuccessPlan> addObjective(@PathParam("id") UUID planId, PlanInputs.Objective objective);

    @PUT
    @Path("/{id}/objectives/{objectiveId}")
    Uni<SuccessPlan> updateObjective(
            @PathParam("id") UUID planId, @PathParam("objectiveId") UUID objectiveId, PlanInputs.Objective objective);

    @POST
    @Path("/{id}/objectives/{objectiveId}/tasks/{taskId}/done")
    Uni<SuccessPlanTask> taskDone(
            @PathParam("id") UUID planId, @PathParam("objectiveId") UUID objectiveId, @PathParam("taskId") UUID taskId);
}
