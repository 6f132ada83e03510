package dev.tandem.account.retention.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Lifetime value of a group of accounts: average ARR per account × gross margin ÷ annual logo churn rate. A year with
 * no churn gives no LTV (not an infinite one); the churn rate's sample size says how far to trust it.
 *
 * @param sampleSize logos at the start of the year the churn rate is measured over
 * @param ltv null when the year had no churn or no accounts
 */
public record Ltv(
        String key,
        long accounts,
        BigDecimal averageArr,
        BigDecimal grossMargin,
        BigDecimal annualLogoChurnRate,
        long sampleSize,
        BigDecimal ltv) {

    /** From a year's movements: the ARR and logos at its end, and the churn over it. */
    public static Ltv of(String key, Movements year, BigDecimal grossMargin) {
        BigDecimal average = year.endingLogos() == 0
                ? null
                : year.endingArr().divide(BigDecimal.valueOf(year.endingLogos()), 2, RoundingMode.HALF_UP);
        BigDecimal churn =
                Rates.ratio(BigDecimal.valueOf(year.churnedLogos()), BigDecimal.valueOf(year.startingLogos()));
        BigDecimal ltv = average == null || churn == null || churn.signum() == 0
                ? null
                // The unrounded rate, churned ÷ starting, so that the rounding of the published rate does not move LTV.
                : average.multiply(grossMargin)
                        .multiply(BigDecimal.valueOf(year.startingLogos()))
                        .divide(BigDecimal.valueOf(year.churnedLogos()), 2, RoundingMode.HALF_UP);
        return new Ltv(key, year.endingLogos(), average, grossMargin, churn, year.startingLogos(), ltv);
    }
}
