package dev.tandem.account.retention.domain;

import java.time.LocalDate;
import java.util.List;

/** A period's figures for all accounts, and broken down as asked. */
public record PeriodReport(LocalDate from, LocalDate to, RetentionMetrics total, List<BreakdownMetrics> breakdowns) {}
