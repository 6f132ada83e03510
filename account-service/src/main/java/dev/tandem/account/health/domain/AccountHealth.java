package dev.tandem.account.health.domain;

import dev.tandem.events.health.HealthBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The projection of an account's current health, kept from health.events so that account lists can filter on the
 * band and sort by the score in one query. Written only by {@code AccountHealthRepository.record}; read by the list
 * query, which joins it to the account.
 */
@Entity
@Table(name = "account_health")
public class AccountHealth {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    /** 0 to 100; null for N/A. */
    public Integer score;

    /** Null for N/A. */
    @Enumerated(EnumType.STRING)
    public HealthBand band;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;
}
