-- Accounts: the vendor's customers, paying or free, keyed by the vendor's own id.
CREATE TABLE account (
    id            UUID PRIMARY KEY,
    external_id   TEXT        NOT NULL UNIQUE,
    name          TEXT        NOT NULL,
    industry      TEXT,
    employee_band TEXT,
    billing_model TEXT        NOT NULL,
    plan          TEXT        NOT NULL,
    stage         TEXT        NOT NULL,
    touch_model   TEXT        NOT NULL,
    community     BOOLEAN     NOT NULL DEFAULT FALSE,
    csm_id        TEXT,
    cohort        TEXT,       -- YYYY-MM of the first paid contract
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX account_name_lower ON account (lower(name));
