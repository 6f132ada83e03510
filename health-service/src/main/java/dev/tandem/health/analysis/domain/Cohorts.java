package dev.tandem.health.analysis.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits outcomes into quantiles of a metric's value (deciles, fewer when data is thin) and counts the churn in each:
 * the table that shows a CS lead whether more of a behaviour goes with less churn. Equal values always fall in the same
 * cohort, so a metric that is 0 for a third of the accounts has one cohort for all of them, not three alike.
 */
public final class Cohorts {

    private Cohorts() {}

    /**
     * @param most the number of cohorts wanted when data allows (10 for deciles)
     * @param fewestPerCohort fewer outcomes than this per cohort and there are fewer cohorts
     */
    public static List<Cohort> of(double[] values, boolean[] churned, int most, int fewestPerCohort) {
        int n = values.length;
        if (n == 0) {
            return List.of();
        }
        int wanted = Math.max(1, Math.min(most, n / Math.max(1, fewestPerCohort)));
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        List<Cohort> cohorts = new ArrayList<>();
        int start = 0;
        for (int q = 1; q <= wanted && start < n; q++) {
            int end = Math.max(start, (int) Math.ceil((double) q * n / wanted) - 1);
            // A cohort ends after the last outcome with the value it ends on.
            while (end + 1 < n && values[order[end + 1]] == values[order[end]]) {
                end++;
            }
            int lost = 0;
            for (int i = start; i <= end; i++) {
                lost += churned[order[i]] ? 1 : 0;
            }
            cohorts.add(new Cohort(values[order[start]], values[order[end]], end - start + 1, lost));
            start = end + 1;
        }
        return cohorts;
    }
}
