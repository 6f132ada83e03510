package dev.tandem.health.analysis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A churn analysis a cs-admin started: its parameters, how far it has come, and once done its result. */
@Entity
@Table(name = "churn_analysis")
public class ChurnAnalysisJob {

    /** Where an analysis stands. */
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

    /** {@link AnalysisParameters} as JSON. */
    @Column(nullable = false)
    public String parameters;

    /** The outcomes in the training set, counted when the analysis starts. */
    @Column(name = "outcomes_total")
    public Integer outcomesTotal;

    /** The outcomes whose measures have been read. */
    @Column(name = "outcomes_done", nullable = false)
    public int outcomesDone;

    /** {@link ChurnAnalysis.Result} as JSON, once completed. */
    public String result;

    /** Why it failed, in words for the admin; the details are in the service log. */
    public String failure;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
