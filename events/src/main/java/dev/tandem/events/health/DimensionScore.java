package dev.tandem.events.health;

import java.math.BigDecimal;

/**
 * One dimension of a scorecard (e.g. Deployment, Engagement, Adoption, ROI) with its score and weight.
 *
 * <p>{@code score} is null when there is no data for the dimension, never 0: 0 means measured and bad.
 */
public record DimensionScore(String name, Integer score, BigDecimal weight) {}
