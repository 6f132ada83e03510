package dev.tandem.account.retention.domain;

import java.math.BigDecimal;

/**
 * A period's retention figures. GRR and NRR are over the starting cohort only (new logos never lift them): GRR leaves
 * expansion out, so it is at most 1; NRR takes it in.
 *
 * @param logoChurnRate churned logos ÷ starting logos
 * @param grossRevenueRetention (starting ARR − contraction − churn) ÷ starting ARR
 * @param netRevenueRetention (starting ARR + expansion − contraction − churn) ÷ starting ARR
 * @param renewalRate renewed ÷ decided renewals due in the period
 */
public record RetentionMetrics(
        Movements movements,
        Renewals renewals,
        BigDecimal logoChurnRate,
        BigDecimal grossRevenueRetention,
        BigDecimal netRevenueRetention,
        BigDecimal renewalRate,
        boolean bridgeAddsUp) {

    public static RetentionMetrics of(Movements m, Renewals renewals) {
        BigDecimal kept = m.startingArr().subtract(m.contractionArr()).subtract(m.churnedArr());
        return new RetentionMetrics(
                m,
                renewals,
                Rates.ratio(BigDecimal.valueOf(m.churnedLogos()), BigDecimal.valueOf(m.startingLogos())),
                Rates.ratio(kept, m.startingArr()),
                Rates.ratio(kept.add(m.expansionArr()), m.startingArr()),
                renewals.rate(),
                m.bridgeAddsUp());
    }
}
