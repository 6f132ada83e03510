package dev.tandem.account.retention.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The renewals coming up in one health band and what they are expected to bring.
 *
 * @param band RED, YELLOW, GREEN, or NA for accounts without a score
 * @param historicalRenewalRate renewed ÷ decided among past terms whose account was in this band when their outcome
 *     was recorded; null with no history, and then the expected ARR is the plain sum
 * @param sampleSize how many past outcomes the rate is taken from
 */
public record BandForecast(
        String band,
        long contracts,
        BigDecimal arr,
        BigDecimal historicalRenewalRate,
        long sampleSize,
        BigDecimal expectedArr) {

    public static BandForecast of(String band, long contracts, BigDecimal arr, Renewals history) {
        BigDecimal rate = history.rate();
        BigDecimal expected = rate == null
                ? arr
                : arr.multiply(BigDecimal.valueOf(history.renewed()))
                        .divide(BigDecimal.valueOf(history.renewed() + history.churned()), 2, RoundingMode.HALF_UP);
        return new BandForecast(band, contracts, arr, rate, history.renewed() + history.churned(), expected);
    }

    public boolean atRisk() {
        return "RED".equals(band) || "YELLOW".equals(band);
    }
}
