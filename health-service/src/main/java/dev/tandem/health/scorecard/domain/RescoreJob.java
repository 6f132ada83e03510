package dev.tandem.health.scorecard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Rescoring every account after a scorecard changed, and how far it has come. */
@Entity
@Table(name = "rescore_job")
public class RescoreJob {

    /** Where a rescoring stands. */
    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED
    }

    @Id
    public UUID id;

    /** What changed, e.g. "scorecard DEAR updated". */
    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The accounts to rescore, counted when the job starts. */
    @Column(name = "accounts_total")
    public Integer accountsTotal;

    @Column(name = "accounts_done", nullable = false)
    public int accountsDone;

    /** The last account rescored, in id order: where a taken-over job resumes. */
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
