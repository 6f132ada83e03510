-- Rules a cs-admin defines: a trigger, optional segment limits, a re-entry policy and actions, kept as JSON documents
-- validated by the service; the trigger kind is a column so an event loads only the rules it can fire.
CREATE TABLE rule (
    id           UUID PRIMARY KEY,
    name         TEXT        NOT NULL,
    enabled      BOOLEAN     NOT NULL,
    trigger_kind TEXT        NOT NULL,
    definition   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX rule_enabled_kind ON rule (trigger_kind) WHERE enabled;

-- Each time a rule fired for an account. trigger_key names what fired it (the event id, or the renewal date for the
-- scheduler), so one trigger never fires a rule twice, across redeliveries, restarts and replicas.
CREATE TABLE rule_firing (
    rule_id     UUID        NOT NULL REFERENCES rule (id) ON DELETE CASCADE,
    account_id  UUID        NOT NULL,
    trigger_key TEXT        NOT NULL,
    fired_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (rule_id, account_id, trigger_key)
);

CREATE INDEX rule_firing_recent ON rule_firing (rule_id, account_id, fired_at);
