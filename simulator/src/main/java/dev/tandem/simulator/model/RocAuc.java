package dev.tandem.simulator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How well a score separates two classes: the chance that a random member of the positive class scores lower than
 * a random member of the other (ties count half). For health scores the positives are the churning accounts, so a low
 * score should mean churn: 1.0 is a perfect warning, 0.5 a coin toss.
 */
public final class RocAuc {

    /** An account's score and whether it churns. */
    public record Scored(double score, boolean positive) {}

    private RocAuc() {}

    /** The Mann-Whitney form, from ranks: O(n log n), ties given their average rank. */
    public static double lowScoreMeansPositive(List<Scored> scored) {
        long positives = scored.stream().filter(Scored::positive).count();
        long negatives = scored.size() - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("Both classes need at least one member");
        }
        List<Scored> byScore = new ArrayList<>(scored);
        // Highest score first: a positive ranked high (low score) is a correct warning.
        byScore.sort(Comparator.comparingDouble(Scored::score).reversed());
        double positiveRankSum = 0;
        int i = 0;
        while (i < byScore.size()) {
            int j = i;
            while (j < byScore.size()
                    && byScore.get(j).score() == byScore.get(i).score()) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (byScore.get(k).positive()) {
                    positiveRankSum += averageRank;
                }
            }
            i = j;
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
