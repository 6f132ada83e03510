package dev.tandem.cta.cta.domain;

import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.cta.CtaSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A call to action: something a person should do about an account, by a due date. */
@Entity
@Table(name = "cta")
public class Cta {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CtaPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CtaStatus status;

    @Column(name = "owner_id")
    public String ownerId;

    /** The queue an open CTA without an owner waits in; null once someone owns it. */
    @Column(name = "queue")
    public String queue;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CtaSource source;

    @Column(name = "rule_id")
    public UUID ruleId;

    /** How many triggers led to this CTA: the first one, plus each that found it open. */
    @Column(name = "trigger_count", nullable = false)
    public int triggerCount;

    @Column(name = "snoozed_until")
    public LocalDate snoozedUntil;

    @Column(name = "snooze_reason")
    public String snoozeReason;

    @Column(name = "close_reason")
    public String closeReason;

    /** Who said "I'm on it": a taken CTA stays open until a person closes it, whatever its condition does. */
    @Column(name = "taken_by")
    public String takenBy;

    @Column(name = "taken_at")
    public Instant takenAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}
