-- How every contract term ended, derived from account.events: a renewal (RENEWED, EXPANDED at a higher ARR, CONTRACTED
-- at a lower one) or an end (CHURNED, with the integrator's reason code when it sent one). Churn analysis relates the
-- measures an account had H days before each outcome to the outcome. A term ends once: a redelivered or repeated
-- event for the same contract and day replaces the row.
CREATE TABLE contract_outcome (
    contract_id  UUID          NOT NULL,
    outcome_on   DATE          NOT NULL,
    account_id   UUID          NOT NULL,
    outcome      TEXT          NOT NULL,
    arr_before   NUMERIC(14, 2),
    arr_after    NUMERIC(14, 2),
    reason       TEXT,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (contract_id, outcome_on)
);

CREATE INDEX contract_outcome_by_day ON contract_outcome (outcome_on);

-- A cs-admin's churn analysis: its parameters, its progress (outcomes whose measures were read, of the total) and,
-- once done, its result (metric cohorts, the suggested scorecard and the backtests) kept as a JSON document.
CREATE TABLE churn_analysis (
    id              UUID PRIMARY KEY,
    status          TEXT        NOT NULL,
    parameters      TEXT        NOT NULL,
    outcomes_total  INT,
    outcomes_done   INT         NOT NULL DEFAULT 0,
    result          TEXT,
    failure         TEXT,
    claim_token     UUID,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    started_at      TIMESTAMPTZ,
    heartbeat_at    TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ
);

CREATE INDEX churn_analysis_waiting ON churn_analysis (created_at) WHERE status IN ('QUEUED', 'RUNNING');
