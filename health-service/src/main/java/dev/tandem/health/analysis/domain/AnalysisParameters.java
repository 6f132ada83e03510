package dev.tandem.health.analysis.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a churn analysis was asked: the scorecard it compares with and starts from, the outcomes it learns from (those
 * between {@code from} and {@code to}), how long before each outcome its measures are read ({@code horizonDays}), the
 * window of the candidate metrics, and the admin's judgment: the MANUAL sentiment measure's weight and the measures
 * pinned at a weight of their choosing.
 */
public record AnalysisParameters(
        UUID scorecardId,
        LocalDate from,
        LocalDate to,
        int horizonDays,
        int windowDays,
        BigDecimal manualWeight,
        List<Pin> pinned) {

    /** A measure of the scorecard kept in the suggestion at the weight the admin gives it. */
    public record Pin(String measureKey, BigDecimal weight) {}
}
