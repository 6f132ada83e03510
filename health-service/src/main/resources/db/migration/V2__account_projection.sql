-- What health-service knows of accounts, from account.events: enough to pick a scorecard (stage, touch model, plan)
-- and to score seat use (contracted seats). Signals are keyed by the vendor's account id, so they never wait for this.
CREATE TABLE account_ref (
    account_id  UUID PRIMARY KEY,
    external_id TEXT        NOT NULL,
    plan        TEXT        NOT NULL,
    stage       TEXT        NOT NULL,
    touch_model TEXT        NOT NULL,
    erased      BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX account_ref_external_id ON account_ref (external_id) WHERE NOT erased;

CREATE TABLE contract_ref (
    contract_id UUID PRIMARY KEY,
    account_id  UUID NOT NULL,
    seats       INT  NOT NULL,
    active      BOOLEAN NOT NULL
);

CREATE INDEX contract_ref_account ON contract_ref (account_id);
