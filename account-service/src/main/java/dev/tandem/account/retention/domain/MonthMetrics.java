package dev.tandem.account.retention.domain;

import java.time.LocalDate;

/** One month of a series, cut to the period asked for. */
public record MonthMetrics(String month, LocalDate from, LocalDate to, RetentionMetrics metrics) {}
