package dev.tandem.health.scorecard.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** How health is scored for a set of accounts: weighted groups of measures (the DEAR dimensions by default). */
@Entity
@Table(name = "scorecard")
public class Scorecard {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "scorecard_group", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderBy("position")
    public List<ScorecardGroup> groups = new ArrayList<>();
}
