package dev.tandem.gateway.analysis;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;

/** health-service's churn analyses. */
@Path("/api/v1/churn-analyses")
interface ChurnAnalysisApi {

    @GET
    Uni<List<ChurnAnalysis>> latest();

    @GET
    @Path("/{id}")
    Uni<ChurnAnalysis> get(@PathParam("id") UUID id);

    @POST
    Uni<ChurnAnalysis> start(ChurnAnalysisInput input);
}
