-- What cta-service knows about accounts, users, contracts and scores, fed by account.events and health.events. Rules
-- read these to judge edges and segment limits; owners and the cockpit's urgency come from here too.
CREATE TABLE account_ref (
    account_id  UUID PRIMARY KEY,
    external_id TEXT        NOT NULL,
    name        TEXT        NOT NULL,
    plan        TEXT,
    stage       TEXT,
    touch_model TEXT,
    csm_id      TEXT,
    erased      BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- Signals name accounts by the vendor's id.
CREATE INDEX account_ref_external_id ON account_ref (external_id);

CREATE TABLE user_ref (
    user_id     UUID PRIMARY KEY,
    account_id  UUID NOT NULL,
    external_id TEXT NOT NULL,
    name        TEXT,
    email       TEXT,
    paid_seat   BOOLEAN NOT NULL
);

CREATE INDEX user_ref_account ON user_ref (account_id);
CREATE INDEX user_ref_external_id ON user_ref (account_id, external_id);

CREATE TABLE contract_ref (
    contract_id  UUID PRIMARY KEY,
    account_id   UUID    NOT NULL,
    seats        INT     NOT NULL,
    arr          NUMERIC(14, 2),
    renewal_date DATE,
    active       BOOLEAN NOT NULL
);

CREATE INDEX contract_ref_account ON contract_ref (account_id);
CREATE INDEX contract_ref_renewal ON contract_ref (renewal_date) WHERE active;

-- The latest health score per account and its recent history, for the score-drop trigger and the cockpit.
CREATE TABLE score_ref (
    account_id  UUID PRIMARY KEY,
    score       INT,
    band        TEXT,
    pql_score   INT,
    computed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE score_point (
    id          BIGSERIAL PRIMARY KEY,
    account_id  UUID        NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL,
    score       INT         NOT NULL
);

CREATE INDEX score_point_recent ON score_point (account_id, computed_at);
