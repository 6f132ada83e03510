package dev.tandem.gateway.cta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** The part of cta-service's REST API the gateway uses. */
@Path("/api/v1")
interface CtaApi {

    @GET
    @Path("/ctas")
    Uni<Page<Cta>> list(
            @QueryParam("accountId") List<UUID> accountIds,
            @QueryParam("ownerId") String ownerId,
            @QueryParam("status") CtaStatus status,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    @POST
    @Path("/ctas")
    Uni<Cta> open(CtaInputs.NewCta cta);

    @PATCH
    @Path("/ctas/{id}")
    @Consumes(CtaPatch.MEDIA_TYPE)
    Uni<Cta> update(@PathParam("id") UUID id, ObjectNode patch);

    @POST
    @Path("/ctas/{id}/snooze")
    Uni<Cta> snooze(@PathParam("id") UUID id, CtaInputs.Snooze snooze);

    @POST
    @Path("/ctas/{id}/close")
    Uni<Cta> close(@PathParam("id") UUID id, CtaInputs.Close close);

    @POST
    @Path("/ctas/{id}/reassign")
    Uni<Cta> reassign(@PathParam("id") UUID id, CtaInputs.Reassign reassign);

    @POST
    @Path("/ctas/{id}/comments")
    Uni<JsonNode> comment(@PathParam("id") UUID id, CtaInputs.Comment comment);

    @GET
    @Path("/ctas/{id}/tasks")
    Uni<List<CtaTask>> tasks(@PathParam("id") UUID ctaId);

    @POST
    @Path("/ctas/{id}/tasks/{taskId}/done")
    Uni<CtaTask> taskDone(@PathParam("id") UUID ctaId, @PathParam("taskId") UUID taskId);

    @GET
    @Path("/cockpit")
    Uni<List<CockpitItem>> cockpit(@QueryParam("first") int first);

    @GET
    @Path("/cockpit/team")
    Uni<List<CockpitItem>> teamCockpit(
            @QueryParam("ownerId") String ownerId, @QueryParam("queue") String queue, @QueryParam("first") int first);

    @GET
    @Path("/queues")
    Uni<List<CtaQueue>> queues();

    @POST
    @Path("/ctas/{id}/pull")
    Uni<Cta> pull(@PathParam("id") UUID id);

    @POST
    @Path("/ctas/{id}/take")
    Uni<Cta> take(@PathParam("id") UUID id);

    @GET
    @Path("/rules")
    Uni<List<JsonNode>> rules();

    @POST
    @Path("/rules")
    Uni<JsonNode> createRule(JsonNode rule);

    @PUT
    @Path("/rules/{id}")
    Uni<JsonNode> replaceRule(@PathParam("id") String id, JsonNode rule);

    @DELETE
    @Path("/rules/{id}")
    Uni<Void> deleteRule(@PathParam("id") String id);
}
