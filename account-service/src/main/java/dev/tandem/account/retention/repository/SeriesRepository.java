package dev.tandem.account.retention.repository;

import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.retention.domain.Movements;
import dev.tandem.account.retention.domain.Period;
import dev.tandem.account.retention.domain.Renewals;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A period's figures month by month, each month cut to the period, in one query each for movements and renewals: the
 * terms are joined to the months they overlap, so a term is read once a month it counts in, not once a query.
 */
@ApplicationScoped
@WithSession
public class SeriesRepository implements PanacheRepositoryBase<ContractTerm, UUID> {

    private static final String MOVEMENTS = """
            WITH months AS (
                SELECT greatest(CAST(m AS DATE), CAST(:from AS DATE)) AS month_from,
                       least(CAST(m + INTERVAL '1 month' - INTERVAL '1 day' AS DATE), CAST(:to AS DATE)) AS month_to
                  FROM generate_series(date_trunc('month', CAST(:from AS DATE)), CAST(:to AS DATE),
                                       INTERVAL '1 month') m
            ), p AS (
                SELECT mo.month_from, t.account_id,
                       coalesce(sum(t.arr) FILTER (WHERE t.starts_on < mo.month_from
                                                     AND (t.ends_on IS NULL OR t.ends_on >= mo.month_from)), 0)
                           AS arr_start,
                       coalesce(sum(t.arr) FILTER (WHERE t.starts_on <= mo.month_to
                                                     AND (t.ends_on IS NULL OR t.ends_on > mo.month_to)), 0)
                           AS arr_end
                  FROM months mo
                  JOIN contract_term t ON t.starts_on <= mo.month_to
                                      AND (t.ends_on IS NULL OR t.ends_on >= mo.month_from)
                 GROUP BY mo.month_from, t.account_id
            )
            SELECT to_char(p.month_from, 'YYYY-MM'), """ + PeriodFiguresRepository.MOVEMENT_SUMS + """
              FROM p GROUP BY p.month_from
            """;

    private static final String RENEWALS = """
            SELECT to_char(t.scheduled_end, 'YYYY-MM'), count(*),
                   count(*) FILTER (WHERE t.outcome IN ('RENEWED', 'EXPANDED', 'CONTRACTED')),
                   count(*) FILTER (WHERE t.outcome = 'CHURNED'),
                   count(*) FILTER (WHERE t.outcome IS NULL)
              FROM contract_term t
             WHERE t.scheduled_end BETWEEN :from AND :to AND NOT t.amended
             GROUP BY 1
            """;

    /** Movements by month ({@code YYYY-MM}); a month where nothing was in force has none. */
    public Uni<Map<String, Movements>> movements(Period period) {
        return getSession()
                .chain(session -> session.createNativeQuery(MOVEMENTS, Object[].class)
                        .setParameter("from", period.from())
                        .setParameter("to", period.to())
                        .getResultList())
                .map(rows -> {
                    Map<String, Movements> byMonth = new HashMap<>();
                    rows.forEach(row -> byMonth.put((String) row[0], PeriodFiguresRepository.movements(row, 1)));
                    return byMonth;
                });
    }

    /** Renewals due by month ({@code YYYY-MM}). */
    public Uni<Map<String, Renewals>> renewals(Period period) {
        return getSession()
                .chain(session -> session.createNativeQuery(RENEWALS, Object[].class)
                        .setParameter("from", period.from())
                        .setParameter("to", period.to())
                        .getResultList())
                .map(rows -> {
                    Map<String, Renewals> byMonth = new HashMap<>();
                    rows.forEach(row -> byMonth.put(
                            (String) row[0],
                            new Renewals(
                                    Columns.count(row[1]),
                                    Columns.count(row[2]),
                                    Columns.count(row[3]),
                                    Columns.count(row[4]))));
                    return byMonth;
                });
    }
}
