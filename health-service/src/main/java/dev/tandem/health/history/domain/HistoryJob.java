package dev.tandem.health.history.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Computing the daily score history of every account over a range of days, and how far it has come. */
@Entity
@Table(name = "history_job")
public class HistoryJob {

    /** Where a backfill stands. */
    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "from_day", nullable = false)
    public LocalDate fromDay;

    @Column(name = "to_day", nullable = false)
    public LocalDate toDay;

    /** The accounts to score, counted when the job starts. */
    @Column(name = "accounts_total")
    public Integer accountsTotal;

    @Column(name = "accounts_done", nullable = false)
    public int accountsDone;

    /** The last account done, in id order: where a taken-over job resumes. */
    @Column(name = "after_account")
    public String afterAccount;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
