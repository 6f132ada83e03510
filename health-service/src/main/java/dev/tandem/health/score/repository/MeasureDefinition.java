package dev.tandem.health.score.repository;

import java.math.BigDecimal;

/** One measure of the default scorecard, with its group, as configured. */
public record MeasureDefinition(
        String groupKey,
        String groupName,
        BigDecimal groupWeight,
        String key,
        String name,
        String metric,
        int windowDays,
        BigDecimal weight,
        BigDecimal fromValue,
        BigDecimal fromPoints,
        BigDecimal toValue,
        BigDecimal toPoints) {}
