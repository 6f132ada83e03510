package dev.tandem.health.analysis.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * The area under the ROC curve: the chance that a randomly chosen positive case has a higher value than a randomly
 * chosen negative one, a tie counting half (the Mann-Whitney U statistic over the product of the two counts). 0.5 is
 * a coin; 1 ranks every positive above every negative; below 0.5 the value points the other way.
 */
public final class Auc {

    private Auc() {}

    /** The AUC of {@code values} for telling {@code positive} cases apart; empty without cases of both kinds. */
    public static OptionalDouble of(double[] values, boolean[] positive) {
        if (values.length != positive.length) {
            throw new IllegalArgumentException("One value per case: " + values.length + " and " + positive.length);
        }
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double positiveRanks = 0;
        long positives = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            // Tied values share the mean of the ranks they span (ranks counted from 1).
            double midRank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                if (positive[order[i]]) {
                    positiveRanks += midRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return OptionalDouble.empty();
        }
        double u = positiveRanks - positives * (positives + 1) / 2.0;
        return OptionalDouble.of(u / ((double) positives * negatives));
    }
}
