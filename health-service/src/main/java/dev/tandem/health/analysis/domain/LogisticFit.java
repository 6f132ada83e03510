package dev.tandem.health.analysis.domain;

/**
 * A logistic regression whose weights are never negative, with an L2 penalty on them (the intercept is free):
 * P(positive | x) = 1 / (1 + e^-(intercept + w·x)), fitted by minimising the mean negative log-likelihood plus
 * {@code penalty}/2 · |w|². Non-negative weights keep the result a weighted average a person can read: a measure that
 * goes the wrong way gets weight 0 instead of a negative one. The penalty keeps weights of correlated measures shared
 * and finite when one measure alone separates the outcomes.
 *
 * <p>Solved by cyclic coordinate descent: each coordinate takes the Newton step of a quadratic that bounds the loss
 * from above (the logistic curvature never exceeds 1/4), clipped at 0. Every step lowers the objective, so the fit
 * converges without a line search.
 */
public final class LogisticFit {

    /** The fitted model. */
    public record Model(double intercept, double[] weights, int sweeps) {

        public double probability(double[] x) {
            double eta = intercept;
            for (int j = 0; j < weights.length; j++) {
                eta += weights[j] * x[j];
            }
            return 1 / (1 + Math.exp(-eta));
        }
    }

    private static final int MAX_SWEEPS = 5_000;
    private static final double TOLERANCE = 1e-7;

    private LogisticFit() {}

    /**
     * @param x one row of features per case, each feature best scaled to about 0-1
     * @param positive each case's outcome
     */
    public static Model fit(double[][] x, boolean[] positive, double penalty) {
        int n = x.length;
        if (n == 0 || n != positive.length) {
            throw new IllegalArgumentException("One outcome per case, at least one case");
        }
        int k = x[0].length;
        double[] w = new double[k];
        double[] eta = new double[n];
        double[] bound = new double[k];
        for (int j = 0; j < k; j++) {
            double squares = 0;
            for (double[] row : x) {
                squares += row[j] * row[j];
            }
            bound[j] = squares / (4.0 * n) + penalty;
        }
        double intercept = 0;
        int sweep = 0;
        double largestStep = Double.MAX_VALUE;
        while (sweep < MAX_SWEEPS && largestStep > TOLERANCE) {
            sweep++;
            largestStep = 0;
            double gradient = 0;
            for (int i = 0; i < n; i++) {
                gradient += residual(eta[i], positive[i]);
            }
            double step = -(gradient / n) / 0.25;
            intercept += step;
            for (int i = 0; i < n; i++) {
                eta[i] += step;
            }
            largestStep = Math.abs(step);
            for (int j = 0; j < k; j++) {
                if (bound[j] == 0) {
                    continue;
                }
                double g = 0;
                for (int i = 0; i < n; i++) {
                    g += residual(eta[i], positive[i]) * x[i][j];
                }
                g = g / n + penalty * w[j];
                double next = Math.max(0, w[j] - g / bound[j]);
                double change = next - w[j];
                if (change != 0) {
                    for (int i = 0; i < n; i++) {
                        eta[i] += change * x[i][j];
                    }
                    w[j] = next;
                }
                largestStep = Math.max(largestStep, Math.abs(change));
            }
        }
        return new Model(intercept, w, sweep);
    }

    /** The derivative of one case's negative log-likelihood by its linear predictor: p - y. */
    private static double residual(double eta, boolean positive) {
        return 1 / (1 + Math.exp(-eta)) - (positive ? 1 : 0);
    }
}
