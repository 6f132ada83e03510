package dev.tandem.cta.plan.repository;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.plan.domain.GoalKind;
import dev.tandem.platform.sql.ColumnArrays;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The latest value of each metric of an account. One statement for all of a score's metrics: every score change of
 * every account passes here, most of them of accounts without a plan. A value older than the one kept (an event
 * redelivered out of order) is ignored.
 */
@ApplicationScoped
@WithSession
public class MetricReadings {

    private static final String UPSERT = """
            INSERT INTO metric_reading (account_id, goal_kind, metric, value, measured_at)
            SELECT CAST(:account AS uuid), :kind, r.metric, r.value, :at FROM %s AS r(metric, value)
            ON CONFLICT (account_id, goal_kind, metric) DO UPDATE
            SET value = excluded.value, measured_at = excluded.measured_at
            WHERE metric_reading.measured_at <= excluded.measured_at
            """;

    private static final String LATEST = """
            SELECT value, measured_at FROM metric_reading
            WHERE account_id = :account AND goal_kind = :kind AND metric = :metric
            """;

    /** A value and when it was measured; {@code value} null when the metric has no data for the account (N/A). */
    public record Reading(BigDecimal value, Instant measuredAt) {}

    public Uni<Void> record(UUID accountId, GoalKind kind, Map<String, BigDecimal> values, Instant at) {
        if (values.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> metrics = new ArrayList<>(values.keySet());
        ColumnArrays rows = new ColumnArrays()
                .column("text", metrics.toArray(String[]::new))
                .column("numeric", metrics.stream().map(values::get).toArray(BigDecimal[]::new));
        return Panache.getSession()
                .chain(session -> {
                    var insert = session.createNativeQuery(UPSERT.formatted(rows.unnest()))
                            .setParameter("account", accountId.toString())
                            .setParameter("kind", kind.name())
                            .setParameter("at", at);
                    rows.bind(insert::setParameter);
                    return insert.executeUpdate();
                })
                .replaceWithVoid();
    }

    /** The latest reading of the metric; null when none has arrived. */
    public Uni<Reading> latest(UUID accountId, GoalKind kind, String metric) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LATEST, Object[].class)
                        .setParameter("account", accountId)
                        .setParameter("kind", kind.name())
                        .setParameter("metric", metric)
                        .getResultList())
                .map(rows ->
                        rows.isEmpty() ? null : new Reading((BigDecimal) rows.get(0)[0], Rows.instant(rows.get(0)[1])));
    }
}
