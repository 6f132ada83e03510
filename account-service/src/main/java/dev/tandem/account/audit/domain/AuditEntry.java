package dev.tandem.account.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change to an account: who made it, through which client, what it was and when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public UUID accountId;

    /** The token subject, or {@code system:<component>} for changes nobody asked for directly. */
    @Column(nullable = false)
    public String actor;

    public String client;

    @Column(nullable = false)
    public String action;

    /** What changed, in words; never personal data, since the entry outlives an erasure. */
    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public Instant at;
}
