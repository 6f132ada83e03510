package dev.tandem.account.retention.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The contracts renewing in a window: what they are worth, what of that is at risk (accounts in the Red or Yellow band),
 * and the ARR expected to renew, band by band at that band's historical renewal rate.
 *
 * @param renewals the first of them by renewal date (the list is paged; the sums are over all)
 */
public record RenewalForecast(
        LocalDate from,
        LocalDate to,
        long contracts,
        BigDecimal arr,
        BigDecimal arrAtRisk,
        BigDecimal expectedArr,
        List<BandForecast> bands,
        List<UpcomingRenewal> renewals) {

    public static RenewalForecast of(
            LocalDate from, LocalDate to, List<BandForecast> bands, List<UpcomingRenewal> renewals) {
        return new RenewalForecast(
                from,
                to,
                bands.stream().mapToLong(BandForecast::contracts).sum(),
                sum(bands.stream().map(BandForecast::arr).toList()),
                sum(bands.stream()
                        .filter(BandForecast::atRisk)
                        .map(BandForecast::arr)
                        .toList()),
                sum(bands.stream().map(BandForecast::expectedArr).toList()),
                bands,
                renewals);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
