package dev.tandem.account.retention.repository;

import dev.tandem.account.retention.domain.Breakdown;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of a period's figures with breakdowns, in three set-based steps and one round trip:
 *
 * <ol>
 *   <li>each account's ARR in cents at both ends of the period (and, with renewals, its terms due in the period by what
 *       became of them) in one pass over the terms;
 *   <li>those summed by the account columns the breakdowns read (touch model, community, plan, cohort, CSM): one hash
 *       key, so each account's row feeds one group rather than one per breakdown;
 *   <li>the few rows of step 2 summed again by GROUPING SETS: the total and every breakdown asked for.
 * </ol>
 *
 * Step 2 is what makes five breakdowns cheap: GROUPING SETS straight over the accounts updates every aggregate once per
 * grouping set for each of them. The sums are of whole numbers, so summing in two steps gives exactly what one gives.
 */
final class FiguresQuery {

    /** Step 2's movement sums, m0 to m11 in {@code Movements}' order, then with renewals r0 to r3. */
    private static final int MOVEMENT_COLUMNS = 12;

    private static final int RENEWAL_COLUMNS = 4;

    private static final String PER_ACCOUNT = """
            SELECT t.account_id,
                   CAST(coalesce(sum(t.arr_cents) FILTER (WHERE t.starts_on <= :before
                                 AND (t.ends_on IS NULL OR t.ends_on > :before)), 0) AS BIGINT) AS arr_start,
                   CAST(coalesce(sum(t.arr_cents) FILTER (WHERE t.starts_on <= :to
                                 AND (t.ends_on IS NULL OR t.ends_on > :to)), 0) AS BIGINT) AS arr_end
            """;

    /** A term is due in the period when its scheduled end is in it, unless a mid-term change cut it short. */
    private static final String DUE = "t.scheduled_end BETWEEN :from AND :to AND NOT t.amended";

    private static final String RENEWALS_PER_ACCOUNT = """
                   , count(*) FILTER (WHERE %1$s) AS due,
                   count(*) FILTER (WHERE %1$s AND t.outcome IN ('RENEWED', 'EXPANDED', 'CONTRACTED')) AS renewed,
                   count(*) FILTER (WHERE %1$s AND t.outcome = 'CHURNED') AS churned,
                   count(*) FILTER (WHERE %1$s AND t.outcome IS NULL) AS pending
            """.formatted(DUE);

    /** The terms that overlap the period at all: an account with none of them has no ARR at either end. */
    private static final String OVERLAPS = "(t.starts_on <= :to AND (t.ends_on IS NULL OR t.ends_on > :before))";

    private FiguresQuery() {}

    /**
     * The query; its rows are {@link BreakdownColumns#selected} then the twelve movement sums and, with
     * {@code renewals}, due, renewed, churned and pending. Parameters: {@code before} (the day before the period),
     * {@code to} and, with renewals, {@code from}.
     */
    static String sql(List<Breakdown> breakdowns, boolean renewals) {
        Set<String> columns = new LinkedHashSet<>();
        breakdowns.forEach(b -> columns.addAll(BreakdownColumns.accountColumns(b)));
        String keys = columns.stream().map(c -> "a." + c + ", ").collect(Collectors.joining());
        int sums = MOVEMENT_COLUMNS + (renewals ? RENEWAL_COLUMNS : 0);
        String renewalSums =
                renewals ? ", sum(p.due) AS r0, sum(p.renewed) AS r1, sum(p.churned) AS r2, sum(p.pending) AS r3" : "";
        String resums = IntStream.range(0, sums)
                .mapToObj(i -> i < MOVEMENT_COLUMNS ? "sum(a.m" + i + ")" : "sum(a.r" + (i - MOVEMENT_COLUMNS) + ")")
                .collect(Collectors.joining(", "));
        return "WITH p AS (" + PER_ACCOUNT + (renewals ? RENEWALS_PER_ACCOUNT : "")
                + " FROM contract_term t WHERE " + OVERLAPS + (renewals ? " OR (" + DUE + ")" : "")
                + " GROUP BY t.account_id), g AS (SELECT " + keys + PeriodFiguresRepository.MOVEMENT_SUMS + renewalSums
                + " FROM p JOIN account a ON a.id = p.account_id"
                + (columns.isEmpty() ? "" : " GROUP BY " + keys.substring(0, keys.length() - 2))
                + ") SELECT " + BreakdownColumns.selected(breakdowns) + resums + " FROM g a "
                + BreakdownColumns.groupingSets(breakdowns);
    }
}
