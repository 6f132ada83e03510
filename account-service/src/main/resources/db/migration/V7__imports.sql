-- Bulk imports of CSV files. The file is kept with its job, so that any replica can work the job and a restart
-- resumes it where it stopped: progress commits in the same transaction as the rows it counts.
CREATE TABLE import_job (
    id               UUID PRIMARY KEY,
    kind             TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    content          TEXT,                          -- the uploaded CSV; dropped once the job is finished
    rows_total       INT         NOT NULL CHECK (rows_total >= 0),
    rows_done        INT         NOT NULL DEFAULT 0, -- rows worked through, applied or rejected, in file order
    rows_failed      INT         NOT NULL DEFAULT 0,
    requested_by     TEXT        NOT NULL,
    requested_client TEXT,
    failure          TEXT,
    claim_token      UUID,                          -- the worker run that holds the job; progress from another is refused
    created_at       TIMESTAMPTZ NOT NULL,
    started_at       TIMESTAMPTZ,
    heartbeat_at     TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    CHECK (rows_done <= rows_total AND rows_failed <= rows_done)
);

-- The worker's queue: unfinished jobs, oldest first.
CREATE INDEX import_job_unfinished ON import_job (created_at) WHERE status IN ('QUEUED', 'RUNNING');

-- Why a row was not imported. Only the first errors of a job are kept (the job counts all of them).
CREATE TABLE import_row_error (
    id          UUID PRIMARY KEY,
    job_id      UUID NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number  INT  NOT NULL,
    column_name TEXT,
    reason      TEXT NOT NULL
);

CREATE INDEX import_row_error_by_job ON import_row_error (job_id, row_number, id);
