package dev.tandem.account.retention.repository;

import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.retention.domain.Breakdown;
import dev.tandem.account.retention.domain.Movements;
import dev.tandem.account.retention.domain.Period;
import dev.tandem.account.retention.domain.Renewals;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A period's movements and renewals over the whole book, in set-based queries that implement {@code ContractBook}'s
 * definitions: each account's ARR in force the day before the period and on its last day, then summed by movement.
 */
@ApplicationScoped
@WithSession
public class PeriodFiguresRepository implements PanacheRepositoryBase<ContractTerm, UUID> {

    /** Each account's ARR in cents at both ends, from the terms that overlap the period at all. */
    static final String PER_ACCOUNT = """
            SELECT t.account_id,
                   CAST(coalesce(sum(t.arr_cents) FILTER (WHERE t.starts_on <= :before
                                 AND (t.ends_on IS NULL OR t.ends_on > :before)), 0) AS BIGINT) AS arr_start,
                   CAST(coalesce(sum(t.arr_cents) FILTER (WHERE t.starts_on <= :to
                                 AND (t.ends_on IS NULL OR t.ends_on > :to)), 0) AS BIGINT) AS arr_end
              FROM contract_term t
             WHERE t.starts_on <= :to AND (t.ends_on IS NULL OR t.ends_on > :before)
             GROUP BY t.account_id
            """;

    /** The twelve sums of {@link Movements}, in its order, over rows of arr_start and arr_end in cents. */
    static final String MOVEMENT_SUMS = """
            count(*) FILTER (WHERE p.arr_start > 0), coalesce(sum(p.arr_start), 0),
            count(*) FILTER (WHERE p.arr_start = 0 AND p.arr_end > 0),
            coalesce(sum(p.arr_end) FILTER (WHERE p.arr_start = 0), 0),
            count(*) FILTER (WHERE p.arr_start > 0 AND p.arr_end > p.arr_start),
            coalesce(sum(p.arr_end - p.arr_start) FILTER (WHERE p.arr_start > 0 AND p.arr_end > p.arr_start), 0),
            count(*) FILTER (WHERE p.arr_end > 0 AND p.arr_end < p.arr_start),
            coalesce(sum(p.arr_start - p.arr_end) FILTER (WHERE p.arr_end > 0 AND p.arr_end < p.arr_start), 0),
            count(*) FILTER (WHERE p.arr_start > 0 AND p.arr_end = 0),
            coalesce(sum(p.arr_start) FILTER (WHERE p.arr_end = 0), 0),
            count(*) FILTER (WHERE p.arr_end > 0), coalesce(sum(p.arr_end), 0)
            """;

    /** Lets the current transaction's queries sort and hash in {@code memory} (e.g. 64MB) rather than spill to disk. */
    public Uni<Void> allowQueryMemory(String memory) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT set_config('work_mem', :memory, true)", String.class)
                        .setParameter("memory", memory)
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<Map<Group, Movements>> movements(Period period, List<Breakdown> breakdowns) {
        String sql = "WITH p AS (" + PER_ACCOUNT + ") SELECT " + BreakdownColumns.selected(breakdowns) + MOVEMENT_SUMS
                + " FROM p JOIN account a ON a.id = p.account_id " + BreakdownColumns.groupingSets(breakdowns);
        return getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("before", period.dayBefore())
                        .setParameter("to", period.to())
                        .getResultList())
                .map(rows -> {
                    Map<Group, Movements> byGroup = new HashMap<>();
                    rows.forEach(row -> byGroup.put(
                            BreakdownColumns.groupOf(row, breakdowns), movements(row, 2 * breakdowns.size())));
                    return byGroup;
                });
    }

    public Uni<Map<Group, Renewals>> renewals(Period period, List<Breakdown> breakdowns) {
        String sql =
                "SELECT " + BreakdownColumns.selected(breakdowns) + """
                    count(*),
                    count(*) FILTER (WHERE t.outcome IN ('RENEWED', 'EXPANDED', 'CONTRACTED')),
                    count(*) FILTER (WHERE t.outcome = 'CHURNED'),
                    count(*) FILTER (WHERE t.outcome IS NULL)
                  FROM contract_term t JOIN account a ON a.id = t.account_id
                 WHERE t.scheduled_end BETWEEN :from AND :to AND NOT t.amended
                """ + BreakdownColumns.groupingSets(breakdowns);
        return getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("from", period.from())
                        .setParameter("to", period.to())
                        .getResultList())
                .map(rows -> {
                    Map<Group, Renewals> byGroup = new HashMap<>();
                    int at = 2 * breakdowns.size();
                    rows.forEach(row -> byGroup.put(
                            BreakdownColumns.groupOf(row, breakdowns),
                            new Renewals(
                                    Columns.count(row[at]),
                                    Columns.count(row[at + 1]),
                                    Columns.count(row[at + 2]),
                                    Columns.count(row[at + 3]))));
                    return byGroup;
                });
    }

    static Movements movements(Object[] row, int at) {
        return new Movements(
                Columns.count(row[at]),
                Columns.cents(row[at + 1]),
                Columns.count(row[at + 2]),
                Columns.cents(row[at + 3]),
                Columns.count(row[at + 4]),
                Columns.cents(row[at + 5]),
                Columns.count(row[at + 6]),
                Columns.cents(row[at + 7]),
                Columns.count(row[at + 8]),
                Columns.cents(row[at + 9]),
                Columns.count(row[at + 10]),
                Columns.cents(row[at + 11]));
    }
}
