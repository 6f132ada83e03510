package dev.tandem.account.retention.repository;

import dev.tandem.account.retention.domain.Breakdown;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of grouping figures by breakdowns: one GROUPING SETS clause gives the total and every breakdown asked for in
 * one pass. The expressions are fixed here by breakdown, never taken from a request.
 */
final class BreakdownColumns {

    private BreakdownColumns() {}

    static String expression(Breakdown breakdown) {
        return switch (breakdown) {
            case TOUCH_MODEL -> "a.touch_model";
            case SEGMENT -> "(a.touch_model || CASE WHEN a.community THEN '+COMMUNITY' ELSE '' END)";
            case PLAN -> "a.plan";
            case COHORT -> "a.cohort";
            case CSM -> "a.csm_id";
        };
    }

    /** The account columns {@link #expression} reads. */
    static List<String> accountColumns(Breakdown breakdown) {
        return switch (breakdown) {
            case TOUCH_MODEL -> List.of("touch_model");
            case SEGMENT -> List.of("touch_model", "community");
            case PLAN -> List.of("plan");
            case COHORT -> List.of("cohort");
            case CSM -> List.of("csm_id");
        };
    }

    /** For each breakdown its key, then whether the row is grouped by it (GROUPING() = 0). */
    static String selected(List<Breakdown> breakdowns) {
        return breakdowns.stream()
                .map(b -> "CAST(%1$s AS TEXT), GROUPING(%1$s), ".formatted(expression(b)))
                .collect(Collectors.joining());
    }

    static String groupingSets(List<Breakdown> breakdowns) {
        return breakdowns.stream()
                .map(b -> ", (" + expression(b) + ")")
                .collect(Collectors.joining("", "GROUP BY GROUPING SETS (()", ")"));
    }

    /** The group of a result row whose first {@code 2 × breakdowns} columns are {@link #selected}. */
    static Group groupOf(Object[] row, List<Breakdown> breakdowns) {
        for (int i = 0; i < breakdowns.size(); i++) {
            if (((Number) row[2 * i + 1]).intValue() == 0) {
                return new Group(breakdowns.get(i), (String) row[2 * i]);
            }
        }
        return Group.ALL;
    }
}
