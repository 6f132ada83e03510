package dev.tandem.health.scorecard.domain;

import java.math.BigDecimal;
import java.util.List;

/** One group of a scorecard, e.g. Deployment, with its relative weight and its measures. */
public record GroupDefinition(
        String key, String name, String description, BigDecimal weight, List<MeasureDefinition> measures) {}
