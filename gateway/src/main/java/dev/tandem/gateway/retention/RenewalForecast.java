package dev.tandem.gateway.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("Contracts renewing from today to `to`: ARR, ARR at risk (Red and Yellow accounts), expected renewal ARR;"
        + " the sums are over all of them, the list holds the first by renewal date")
public record RenewalForecast(
        LocalDate from,
        LocalDate to,
        long contracts,
        BigDecimal arr,
        BigDecimal arrAtRisk,
        BigDecimal expectedArr,
        List<BandForecast> bands,
        List<UpcomingRenewal> renewals) {}
