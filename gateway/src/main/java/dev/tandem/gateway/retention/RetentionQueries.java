package dev.tandem.gateway.retention;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/**
 * Retention, revenue and renewals, as account-service computes them (account-service/docs/retention.md). A period is
 * {@code period} (2026, 2026-Q1, 2026-03) or {@code from} and {@code to}; by default the 365 days ending today.
 */
@GraphQLApi
public class RetentionQueries {

    private final RetentionClient retention;

    public RetentionQueries(RetentionClient retention) {
        this.retention = retention;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Query("retention")
    @Description(
            "A period's logo churn, GRR, NRR, revenue bridge and renewal rate, in total and by the breakdowns asked"
                    + " for; at most 10 years")
    public Uni<RetentionReport> retention(
            String period, LocalDate from, LocalDate to, List<RetentionBreakdownBy> breakdowns) {
        return retention.metrics(period, from, to, breakdowns);
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Query("retentionSeries")
    @Description("A period's retention figures month by month, for charts")
    public Uni<List<RetentionMonth>> retentionSeries(String period, LocalDate from, LocalDate to) {
        return retention.series(period, from, to);
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Query("renewalForecast")
    @Description("Contracts renewing in the next `days` days (default 90, at most 365), the first `first` (default 100,"
            + " at most 500) listed")
    public Uni<RenewalForecast> renewalForecast(Integer days, Integer first) {
        return retention.renewals(days, first);
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Query("lifetimeValue")
    @Description("LTV per touch model and segment over the year ending asOf (default today)")
    public Uni<LtvReport> lifetimeValue(LocalDate asOf) {
        return retention.ltv(asOf);
    }
}
