package dev.tandem.health.score.repository;

import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * How many of the accounts account-service announced have data for a measure on a day: a data source of its metric
 * connected (a signal of its types within the look-back), or a CSM's valid points for a manual measure. What is left
 * is the share of accounts on which the measure is N/A: the integrations that are missing.
 */
@ApplicationScoped
public class DataCoverage {

    private static final String ACCOUNTS = "SELECT external_id FROM account_ref WHERE NOT erased";

    public Uni<Long> accounts() {
        return count("SELECT count(*) FROM (" + ACCOUNTS + ") accounts", null, null, null, null);
    }

    /** The announced accounts with data for {@code measure} on {@code day}, looking back {@code lookBackDays}. */
    public Uni<Long> withData(MeasureDefinition measure, LocalDate day, int lookBackDays) {
        if (measure.isManual()) {
            return count(
                    "SELECT count(DISTINCT account_external_id) FROM manual_measure_value WHERE measure_key = :key"
                            + " AND expires_on >= :day AND account_external_id IN (" + ACCOUNTS + ")",
                    measure.key(),
                    null,
                    day,
                    null);
        }
        Metric metric = Metric.byKey(measure.metric()).orElseThrow();
        if (metric.isTouchpointMetric()) {
            // Connected from an account's first touchpoint on, for good.
            return count(
                    "SELECT count(DISTINCT a.external_id) FROM touchpoint t JOIN account_ref a"
                            + " ON a.account_id = t.account_id WHERE NOT t.deleted"
                            + " AND t.occurred_at < CAST(CAST(:day AS date) + 1 AS timestamp) AT TIME ZONE 'UTC'"
                            + " AND a.external_id IN (" + ACCOUNTS + ")",
                    null,
                    null,
                    day,
                    null);
        }
        String[] sources = metric.sourceNames().toArray(String[]::new);
        return count(
                "SELECT count(DISTINCT account_external_id) FROM signal_source"
                        + " WHERE source = ANY(CAST(:sources AS text[])) AND first_day <= :day AND last_day >= :since"
                        + " AND account_external_id IN (" + ACCOUNTS + ")",
                null,
                sources,
                day,
                day.minusDays(lookBackDays - 1L));
    }

    private static Uni<Long> count(String sql, String key, String[] sources, LocalDate day, LocalDate since) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Long.class);
            if (key != null) {
                query.setParameter("key", key);
            }
            if (sources != null) {
                query.setParameter("sources", sources).setParameter("since", since);
            }
            if (day != null) {
                query.setParameter("day", day);
            }
            return query.getSingleResult();
        });
    }
}
