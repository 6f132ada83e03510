package dev.tandem.content.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An account going through an onboarding program, from its start to success or failure. */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    /** The paid contract whose start enrolled the account; null for manual enrollments. */
    @Column(name = "contract_id")
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrollmentOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrollmentStatus status;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    /** The last day of the period; moved once by an extension. */
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean extended;

    /** The day it succeeded or failed. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public int daysTaken() {
        return (int) ChronoUnit.DAYS.between(startedOn, endedOn);
    }
}
