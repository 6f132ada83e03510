package dev.tandem.account.retention.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** LTV per touch model and per segment over the year ending {@code asOf}. */
public record LtvReport(
        LocalDate from, LocalDate asOf, BigDecimal grossMargin, List<Ltv> byTouchModel, List<Ltv> bySegment) {}
