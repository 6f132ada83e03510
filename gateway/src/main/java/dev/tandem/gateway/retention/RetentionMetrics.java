package dev.tandem.gateway.retention;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

@Description("A period's retention figures; rates have four decimals and are null when there is nothing to divide by."
        + " GRR and NRR are over the starting cohort: GRR leaves expansion out, NRR takes it in")
public record RetentionMetrics(
        ArrMovements movements,
        RenewalCounts renewals,
        @Description("churned logos / starting logos") BigDecimal logoChurnRate,

        @Description("(startingArr - contraction - churn) / startingArr")
        BigDecimal grossRevenueRetention,

        @Description("(startingArr + expansion - contraction - churn) / startingArr")
        BigDecimal netRevenueRetention,

        @Description("renewed / (renewed + churned) among the terms due")
        BigDecimal renewalRate,

        boolean bridgeAddsUp) {}
