package dev.tandem.health.scorecard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored scorecard. Its criteria and definition are JSON documents, read and written whole; {@link ConfiguredScorecard}
 * is the same scorecard as the code works with it.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScorecardPurpose purpose;

    /** For a PQL scorecard, the score from which an account counts as product-qualified; null for health. */
    @Column(name = "qualify_at")
    public Integer qualifyAt;

    /** Lower numbers are tried first; the default is tried last whatever its number. */
    @Column(nullable = false)
    public int priority;

    /** {@link ScorecardCriteria} as JSON. */
    @Column(nullable = false)
    public String criteria;

    /** {@link ScorecardDefinition} as JSON. */
    @Column(nullable = false)
    public String definition;

    /** Rises with every change; an edit names the version it started from, so that two admins do not overwrite. */
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
