package dev.tandem.gateway.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** The part of content-service's REST API the gateway uses. */
@Path("/api/v1")
interface ContentApi {

    @GET
    @Path("/enrollments")
    Uni<List<Enrollment>> enrollments(@QueryParam("accountId") List<UUID> accountIds);

    @POST
    @Path("/enrollments")
    Uni<Enrollment> enroll(EnrollmentBody enrollment);

    @GET
    @Path("/accounts/{accountId}/recommendations")
    Uni<RecommendationList> recommendations(
            @PathParam("accountId") UUID accountId,
            @QueryParam("userId") String userId,
            @QueryParam("first") int first);

    @GET
    @Path("/content")
    Uni<Page<ContentItem>> search(
            @QueryParam("q") String query,
            @QueryParam("type") String type,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    @POST
    @Path("/content")
    Uni<ContentItem> createContent(JsonNode item);

    @PUT
    @Path("/content/{id}")
    Uni<ContentItem> replaceContent(@PathParam("id") UUID id, JsonNode item);

    @DELETE
    @Path("/content/{id}")
    Uni<Void> deleteContent(@PathParam("id") UUID id);

    @GET
    @Path("/content-gaps")
    Uni<Page<ContentGap>> gaps(@QueryParam("first") int first, @QueryParam("after") String after);

    @GET
    @Path("/programs")
    Uni<List<JsonNode>> programs();

    @POST
    @Path("/programs")
    Uni<JsonNode> createProgram(JsonNode program);

    @PUT
    @Path("/programs/{id}")
    Uni<JsonNode> replaceProgram(@PathParam("id") UUID id, JsonNode program);

    @GET
    @Path("/programs/{id}/stats")
    Uni<JsonNode> stats(@PathParam("id") UUID id);

    /** content-service's enrollment body. */
    record EnrollmentBody(UUID accountId, UUID programId) {}

    /** content-service's recommendations answer. */
    record RecommendationList(UUID accountId, UUID enrollmentId, List<Recommendation> items) {}
}
