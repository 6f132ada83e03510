package dev.tandem.gateway.retention;

import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** account-service's retention figures, guarded like every downstream read. */
@ApplicationScoped
public class RetentionClient {

    private static final String SERVICE = "account";

    private final Downstream downstream;
    private final RetentionApi api;

    public RetentionClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, RetentionApi.class);
    }

    public Uni<RetentionReport> metrics(
            String period, LocalDate from, LocalDate to, List<RetentionBreakdownBy> breakdowns) {
        List<String> by = breakdowns == null
                ? List.of()
                : breakdowns.stream().map(RetentionBreakdownBy::parameter).toList();
        return downstream.read(SERVICE, () -> api.metrics(period, from, to, by));
    }

    public Uni<List<RetentionMonth>> series(String period, LocalDate from, LocalDate to) {
        return downstream.read(SERVICE, () -> api.series(period, from, to));
    }

    public Uni<RenewalForecast> renewals(Integer days, Integer first) {
        return downstream.read(SERVICE, () -> api.renewals(days, first));
    }

    public Uni<LtvReport> ltv(LocalDate asOf) {
        return downstream.read(SERVICE, () -> api.ltv(asOf));
    }
}
