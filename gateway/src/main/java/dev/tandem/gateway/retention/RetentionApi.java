package dev.tandem.gateway.retention;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;

/** account-service's retention figures. */
@Path("/api/v1/retention")
interface RetentionApi {

    @GET
    @Path("/metrics")
    Uni<RetentionReport> metrics(
            @QueryParam("period") String period,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("breakdown") List<String> breakdowns);

    @GET
    @Path("/series")
    Uni<List<RetentionMonth>> series(
            @QueryParam("period") String period, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/renewals")
    Uni<RenewalForecast> renewals(@QueryParam("days") Integer days, @QueryParam("first") Integer first);

    @GET
    @Path("/ltv")
    Uni<LtvReport> ltv(@QueryParam("asOf") LocalDate asOf);
}
