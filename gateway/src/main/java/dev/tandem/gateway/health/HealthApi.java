package dev.tandem.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The part of health-service's REST API the gateway uses. */
@Path("/api/v1")
interface HealthApi {

    @GET
    @Path("/health-scores")
    Uni<List<Health>> scores(@QueryParam("accountId") List<String> accountIds);

    @GET
    @Path("/accounts/{accountId}/pql")
    Uni<PqlScore> pql(@PathParam("accountId") String accountId);

    @GET
    @Path("/accounts/{accountId}/users/{userId}/pql")
    Uni<UserPqlScore> userPql(@PathParam("accountId") String accountId, @PathParam("userId") String userId);

    @GET
    @Path("/accounts/{accountId}/health/history")
    Uni<HealthHistory> history(@PathParam("accountId") String accountId, @QueryParam("days") int days);

    @PUT
    @Path("/accounts/{accountId}/manual-measures/{measureKey}")
    Uni<ManualMeasure> setManual(
            @PathParam("accountId") String accountId,
            @PathParam("measureKey") String measureKey,
            ManualMeasureInput value);

    @GET
    @Path("/growth-metrics")
    Uni<JsonNode> growthMetrics(@QueryParam("days") int days, @QueryParam("accountId") String accountId);

    @GET
    @Path("/scorecards")
    Uni<List<JsonNode>> scorecards();

    @POST
    @Path("/scorecards")
    Uni<JsonNode> createScorecard(JsonNode scorecard);

    @PUT
    @Path("/scorecards/{id}")
    Uni<JsonNode> replaceScorecard(@PathParam("id") String id, JsonNode scorecard);

    @DELETE
    @Path("/scorecards/{id}")
    Uni<Void> deleteScorecard(@PathParam("id") String id);
}
