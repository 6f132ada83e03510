package dev.tandem.health.analysis.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the outcomes say of one metric: its churn by quantile, its own AUC for retention and the direction it points
 * in, and how many accounts had no data for it (missing is not zero: they are left out, and counted).
 *
 * @param auc the chance that a retained account had a higher value than a churned one; null without both kinds
 * @param strength how far the metric tells the two apart, whichever way: max(auc, 1 - auc), 0.5 for nothing
 */
public record MetricFinding(
        String metric,
        int windowDays,
        int outcomes,
        int withData,
        double noDataShare,
        Double auc,
        Direction direction,
        double strength,
        List<Cohort> cohorts) {

    /** Which way more of the metric goes with staying. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        NONE
    }

    static final int DECILES = 10;
    static final int FEWEST_PER_COHORT = 10;

    /** @param values each outcome's value, null for no data */
    public static MetricFinding of(String metric, int windowDays, List<Double> values, boolean[] churned) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                present.add(i);
            }
        }
        double[] data = new double[present.size()];
        boolean[] lost = new boolean[present.size()];
        boolean[] retained = new boolean[present.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = values.get(present.get(i));
            lost[i] = churned[present.get(i)];
            retained[i] = !lost[i];
        }
        Double auc = Auc.of(data, retained).stream().boxed().findFirst().orElse(null);
        Direction direction = auc == null || auc == 0.5
                ? Direction.NONE
                : auc > 0.5 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        int n = values.size();
        return new MetricFinding(
                metric,
                windowDays,
                n,
                data.length,
                n == 0 ? 0 : (double) (n - data.length) / n,
                auc,
                direction,
                auc == null ? 0.5 : Math.max(auc, 1 - auc),
                Cohorts.of(data, lost, DECILES, FEWEST_PER_COHORT));
    }
}
