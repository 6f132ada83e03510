package dev.tandem.health.scorecard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One group of a scorecard, e.g. Deployment, with its relative weight. */
@Embeddable
public class ScorecardGroup {

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    /** Relative: any non-negative number; only its share of the scorecard's total matters. */
    @Column(nullable = false)
    public BigDecimal weight;
}
