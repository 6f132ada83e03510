package dev.tandem.account.retention.repository;

import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.retention.domain.Movements;
import dev.tandem.account.retention.domain.Period;
import dev.tandem.account.retention.domain.Renewals;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A period's figures month by month, each month cut to the period. Movements take one pass over the terms: each
 * account's ARR (in cents) on every month boundary (the day before the period, then each month's last day) as an
 * array, then each month compares the account's ARR on its two boundaries.
 */
@ApplicationScoped
@WithSession
public class SeriesRepository implements PanacheRepositoryBase<ContractTerm, UUID> {

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
        List<Period> months = period.months();
        List<LocalDate> boundaries = new ArrayList<>();
        boundaries.add(period.dayBefore());
        months.forEach(month -> boundaries.add(month.to()));
        // The dates are the service's own LocalDates, never request text, so they are written into the query.
        String arrays = boundaries.stream()
                .map(day -> "coalesce(sum(t.arr_cents) FILTER (WHERE t.starts_on <= DATE '%1$s' AND (t.ends_on IS NULL"
                                .formatted(day)
                        + " OR t.ends_on > DATE '%1$s')), 0)".formatted(day))
                .collect(Collectors.joining(", "));
        String sql = """
                WITH a AS (
                    SELECT CAST(ARRAY[%s] AS BIGINT[]) AS arr
                      FROM contract_term t
                     WHERE t.starts_on <= :to AND (t.ends_on IS NULL OR t.ends_on > :before)
                     GROUP BY t.account_id
                ), p AS (
                    SELECT i, a.arr[i] AS arr_start, a.arr[i + 1] AS arr_end FROM a, generate_series(1, :months) i
                )
                SELECT i, %s FROM p GROUP BY i
                """.formatted(arrays, PeriodFiguresRepository.MOVEMENT_SUMS);
        return getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("before", period.dayBefore())
                        .setParameter("to", period.to())
                        .setParameter("months", months.size())
                        .getResultList())
                .map(rows -> {
                    Map<String, Movements> byMonth = new HashMap<>();
                    rows.forEach(row -> byMonth.put(
                            YearMonth.from(months.get(((Number) row[0]).intValue() - 1)
                                            .from())
                                    .toString(),
                            PeriodFiguresRepository.movements(row, 1)));
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
