package dev.tandem.account.retention.rest;

import dev.tandem.account.retention.domain.LtvReport;
import dev.tandem.account.retention.domain.MonthMetrics;
import dev.tandem.account.retention.domain.PeriodReport;
import dev.tandem.account.retention.domain.RenewalForecast;
import dev.tandem.account.retention.service.RenewalForecastService;
import dev.tandem.account.retention.service.RetentionService;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retention, revenue and renewals figures; definitions in account-service/docs/retention.md. */
@Path("/api/v1/retention")
@Tag(name = "Retention")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class RetentionResource {

    private static final int LONGEST_FORECAST_DAYS = 365;
    private static final int MOST_LISTED = 500;

    private final RetentionService retention;
    private final RenewalForecastService forecasts;
    private final Clock clock;

    public RetentionResource(RetentionService retention, RenewalForecastService forecasts, Clock clock) {
        this.retention = retention;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    @GET
    @Path("/metrics")
    @Operation(
            summary = "A period's logo churn, GRR, NRR, revenue bridge and renewal rate, in total and broken down by "
                    + "touchModel, segment, plan, cohort or csm")
    public Uni<PeriodReport> metrics(
            @QueryParam("period") String period,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("breakdown") List<String> breakdowns) {
        return retention.report(
                PeriodParameters.period(period, from, to, LocalDate.now(clock)),
                PeriodParameters.breakdowns(breakdowns));
    }

    @GET
    @Path("/series")
    @Operation(summary = "A period's figures month by month, for charts")
    public Uni<List<MonthMetrics>> series(
            @QueryParam("period") String period, @QueryParam("from") String from, @QueryParam("to") String to) {
        return retention.series(PeriodParameters.period(period, from, to, LocalDate.now(clock)));
    }

    @GET
    @Path("/renewals")
    @Operation(
            summary = "Contracts renewing in the next days with owner and health; ARR at risk and expected renewal "
                    + "ARR by band")
    public Uni<RenewalForecast> renewals(
            @QueryParam("days") @DefaultValue("90") String days,
            @QueryParam("first") @DefaultValue("100") String first) {
        return forecasts.forecast(whole("days", days, 1, LONGEST_FORECAST_DAYS), whole("first", first, 0, MOST_LISTED));
    }

    private static int whole(String field, String value, int least, int most) {
        try {
            int number = Integer.parseInt(value);
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Not a number: the same answer as one out of range.
        }
        throw new InvalidInputException(field, "must be a whole number from " + least + " to " + most);
    }

    @GET
    @Path("/ltv")
    @Operation(summary = "LTV by touch model and segment over the year ending asOf (default today)")
    public Uni<LtvReport> ltv(@QueryParam("asOf") String asOf) {
        return retention.ltv(asOf == null ? LocalDate.now(clock) : PeriodParameters.day("asOf", asOf));
    }
}
