package dev.tandem.cta.survey.domain;

import java.util.Map;

/**
 * The headline figure of a set of scores. NPS: the percentage of promoters (9-10) less that of detractors (0-6), from
 * -100 to 100. CSAT: the percentage of satisfied answers (4-5) and the mean. Null where nobody answered: no answers is
 * not a score of zero.
 *
 * @param promoters NPS promoters, or CSAT's satisfied answers (4-5)
 * @param detractors NPS detractors, or CSAT's unhappy answers (1-2)
 */
public record ScoreTally(
        long answers, long promoters, long passives, long detractors, Integer nps, Double mean, Integer csatPercent) {

    /** @param countsByScore how many answers gave each score */
    public static ScoreTally of(SurveyKind kind, Map<Integer, Long> countsByScore) {
        long n = countsByScore.values().stream().mapToLong(Long::longValue).sum();
        long sum = countsByScore.entrySet().stream()
                .mapToLong(entry -> (long) entry.getKey() * entry.getValue())
                .sum();
        Double mean = n == 0 ? null : Math.round(100.0 * sum / n) / 100.0;
        int positiveFrom = kind == SurveyKind.NPS ? 9 : 4;
        int negativeUpTo = kind == SurveyKind.NPS ? 6 : 2;
        long positive = count(countsByScore, score -> score >= positiveFrom);
        long negative = count(countsByScore, score -> score <= negativeUpTo);
        if (kind == SurveyKind.NPS) {
            Integer nps = n == 0 ? null : (int) Math.round(100.0 * (positive - negative) / n);
            return new ScoreTally(n, positive, n - positive - negative, negative, nps, mean, null);
        }
        if (kind == SurveyKind.CSAT) {
            Integer percent = n == 0 ? null : (int) Math.round(100.0 * positive / n);
            return new ScoreTally(n, positive, n - positive - negative, negative, null, mean, percent);
        }
        return new ScoreTally(n, 0, 0, 0, null, mean, null);
    }

    private static long count(Map<Integer, Long> countsByScore, java.util.function.IntPredicate which) {
        return countsByScore.entrySet().stream()
                .filter(entry -> which.test(entry.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
