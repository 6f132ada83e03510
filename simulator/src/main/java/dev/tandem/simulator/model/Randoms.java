package dev.tandem.simulator.model;

import java.util.SplittableRandom;

/**
 * Independent random streams keyed by seed, account and day, so that what happens to one account on one day never
 * depends on the order accounts are simulated in.
 */
final class Randoms {

    private Randoms() {}

    static SplittableRandom of(long seed, long account, long day) {
        return new SplittableRandom(mix(mix(mix(seed) ^ account) ^ (day * 0x9E3779B97F4A7C15L)));
    }

    /** A draw from a log-normal distribution with the given median and spread (sigma of the logarithm). */
    static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(random));
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller written out: the JDK's own algorithm may differ between releases, and runs must not.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** How many events of a Poisson process with the given mean happen (Knuth's method; means here are small). */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
