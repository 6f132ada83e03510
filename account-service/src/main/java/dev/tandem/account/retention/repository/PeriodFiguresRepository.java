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
 * definitions: each account's ARR in force the day before the period and on its last day, then summed by movement
 * ({@link FiguresQuery}).
 */
@ApplicationScoped
@WithSession
public class PeriodFiguresRepository implements PanacheRepositoryBase<ContractTerm, UUID> {

    /** The twelve sums of {@link Movements}, m0 to m11 in its order, over rows of arr_start and arr_end in cents. */
    static final String MOVEMENT_SUMS = """
            count(*) FILTER (WHERE p.arr_start > 0) AS m0, coalesce(sum(p.arr_start), 0) AS m1,
            count(*) FILTER (WHERE p.arr_start = 0 AND p.arr_end > 0) AS m2,
            coalesce(sum(p.arr_end) FILTER (WHERE p.arr_start = 0), 0) AS m3,
            count(*) FILTER (WHERE p.arr_start > 0 AND p.arr_end > p.arr_start) AS m4,
            coalesce(sum(p.arr_end - p.arr_start) FILTER (WHERE p.arr_start > 0 AND p.arr_end > p.arr_start), 0) AS m5,
            count(*) FILTER (WHERE p.arr_end > 0 AND p.arr_end < p.arr_start) AS m6,
            coalesce(sum(p.arr_start - p.arr_end) FILTER (WHERE p.arr_end > 0 AND p.arr_end < p.arr_start), 0) AS m7,
            count(*) FILTER (WHERE p.arr_start > 0 AND p.arr_end = 0) AS m8,
            coalesce(sum(p.arr_start) FILTER (WHERE p.arr_end = 0), 0) AS m9,
            count(*) FILTER (WHERE p.arr_end > 0) AS m10, coalesce(sum(p.arr_end), 0) AS m11
            """;

    /**
     * Lets the current transaction's queries sort and hash in {@code memory} (e.g. 64MB) rather than spill to disk, in
     * one process: each parallel worker would build the whole per-account hash table again (EXPLAIN ANALYZE shows the
     * planner's parallel plan doing so), which costs more CPU than it saves on a busy machine.
     */
    public Uni<Void> prepareForFigures(String memory) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT set_config('work_mem', :memory, true)"
                                        + " || set_config('max_parallel_workers_per_gather', '0', true)",
                                String.class)
                        .setParameter("memory", memory)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** A period's movements and renewals, in total and by each breakdown, in one query. */
    public Uni<Figures> figures(Period period, List<Breakdown> breakdowns) {
        int at = 2 * breakdowns.size();
        return getSession()
                .chain(session -> session.createNativeQuery(FiguresQuery.sql(breakdowns, true), Object[].class)
                        .setParameter("before", period.dayBefore())
                        .setParameter("from", period.from())
                        .setParameter("to", period.to())
                        .getResultList())
                .map(rows -> {
                    Map<Group, Movements> movements = new HashMap<>();
                    Map<Group, Renewals> renewals = new HashMap<>();
                    rows.forEach(row -> {
                        Group group = BreakdownColumns.groupOf(row, breakdowns);
                        movements.put(group, movements(row, at));
                        renewals.put(group, renewals(row, at + 12));
                    });
                    return new Figures(movements, renewals);
                });
    }

    /** A period's movements only (what LTV reads), in total and by each breakdown. */
    public Uni<Map<Group, Movements>> movements(Period period, List<Breakdown> breakdowns) {
        return getSession()
                .chain(session -> session.createNativeQuery(FiguresQuery.sql(breakdowns, false), Object[].class)
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

    private static Renewals renewals(Object[] row, int at) {
        return new Renewals(
                Columns.count(row[at]),
                Columns.count(row[at + 1]),
                Columns.count(row[at + 2]),
                Columns.count(row[at + 3]));
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
