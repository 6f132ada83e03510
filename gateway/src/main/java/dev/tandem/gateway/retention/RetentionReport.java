package dev.tandem.gateway.retention;

import java.time.LocalDate;
import java.util.List;

public record RetentionReport(
        LocalDate from, LocalDate to, RetentionMetrics total, List<RetentionBreakdown> breakdowns) {}
