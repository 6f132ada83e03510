package dev.tandem.health.analysis.domain;

import dev.tandem.health.domain.scoring.Band;
import dev.tandem.health.domain.scoring.BandScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well a scorecard's scores told the churned from the retained, on outcomes it was not fitted on: the AUC of the
 * score for retention, churn per band, how much of Red churned (precision) and how much of the churn was Red (recall),
 * and the churn in the lowest-scored tenth against the churn overall (lift). Every figure comes with its counts; an
 * outcome whose account had no score (N/A) is counted and left out of the figures.
 *
 * @param auc null without both churned and retained outcomes among those scored
 * @param redPrecision null when nothing was Red
 * @param redRecall null when nothing scored churned
 * @param lowestDecileLift null when nothing scored churned
 */
public record Backtest(
        int outcomes,
        int scored,
        int churned,
        Double auc,
        List<BandChurn> bands,
        int red,
        int redChurned,
        Double redPrecision,
        Double redRecall,
        int lowestDecile,
        int lowestDecileChurned,
        Double lowestDecileLift) {

    /** The outcomes scored in one band and how many churned. */
    public record BandChurn(Band band, int outcomes, int churned, Double churnRate) {}

    /** @param scores each outcome's score (0-100), null when N/A */
    public static Backtest of(List<Integer> scores, boolean[] churned, BandScheme scheme) {
        int[] scoredAt = IntStream.range(0, scores.size())
                .filter(i -> scores.get(i) != null)
                .toArray();
        int n = scoredAt.length;
        double[] values = new double[n];
        boolean[] retained = new boolean[n];
        int lost = 0;
        for (int i = 0; i < n; i++) {
            values[i] = scores.get(scoredAt[i]);
            retained[i] = !churned[scoredAt[i]];
            lost += churned[scoredAt[i]] ? 1 : 0;
        }
        List<BandChurn> bands = new ArrayList<>();
        for (Band band : Band.values()) {
            int inBand = 0;
            int lostInBand = 0;
            for (int i = 0; i < n; i++) {
                if (scheme.bandOf((int) values[i]) == band) {
                    inBand++;
                    lostInBand += retained[i] ? 0 : 1;
                }
            }
            bands.add(new BandChurn(band, inBand, lostInBand, ratio(lostInBand, inBand)));
        }
        BandChurn red = bands.get(Band.RED.ordinal());
        // The lowest-scored tenth, at least one outcome; ties at its edge fall by their order, which is the input's.
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        int decile = n == 0 ? 0 : Math.max(1, (int) Math.ceil(n / 10.0));
        int decileLost = 0;
        for (int i = 0; i < decile; i++) {
            decileLost += retained[order[i]] ? 0 : 1;
        }
        Double overall = ratio(lost, n);
        Double lift = overall == null || lost == 0 ? null : ratio(decileLost, decile) / overall;
        return new Backtest(
                scores.size(),
                n,
                lost,
                Auc.of(values, retained).stream().boxed().findFirst().orElse(null),
                bands,
                red.outcomes(),
                red.churned(),
                red.churnRate(),
                ratio(red.churned(), lost),
                decile,
                decileLost,
                lift);
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
