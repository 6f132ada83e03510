package dev.tandem.account.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One uploaded CSV file and how far its import has come. The file itself is kept beside it, read by the worker. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    /** The rows worked through so far, in file order: applied or rejected. */
    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "rows_failed", nullable = false)
    public int rowsFailed;

    /** The token subject of who uploaded the file; the rows' changes are audited for them. */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_client")
    public String requestedClient;

    public String failure;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The worker run holding the job; its progress counts only while it still holds it. */
    @Column(name = "claim_token")
    public UUID claimToken;

    /** When the holding worker last reported progress; a job whose worker went silent is taken over. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
}
