-- Calls to action. At most one OPEN CTA per account, type and reason: the partial unique index is what makes a rule
-- firing twice at once add to the open CTA instead of opening a second one.
CREATE TABLE cta (
    id            UUID PRIMARY KEY,
    account_id    UUID        NOT NULL,
    type          TEXT        NOT NULL REFERENCES cta_type (key),
    reason        TEXT        NOT NULL,
    priority      TEXT        NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    status        TEXT        NOT NULL CHECK (status IN ('OPEN', 'CLOSED_SUCCESS', 'CLOSED_LOST')),
    owner_id      TEXT,
    due_date      DATE,
    source        TEXT        NOT NULL CHECK (source IN ('RULE', 'MANUAL', 'API')),
    rule_id       UUID,
    trigger_count INT         NOT NULL DEFAULT 1,
    snoozed_until DATE,
    snooze_reason TEXT,
    close_reason  TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    closed_at     TIMESTAMPTZ
);

CREATE UNIQUE INDEX cta_one_open_per_reason ON cta (account_id, type, reason) WHERE status = 'OPEN';
CREATE INDEX cta_owner_open ON cta (owner_id) WHERE status = 'OPEN';
CREATE INDEX cta_order ON cta (created_at DESC, id DESC);

CREATE TABLE cta_comment (
    id         UUID PRIMARY KEY,
    cta_id     UUID        NOT NULL REFERENCES cta (id) ON DELETE CASCADE,
    author_id  TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX cta_comment_cta ON cta_comment (cta_id, created_at);

-- The signals and events that led to a CTA; one row per trigger, so a CTA shows why it was opened and added to.
CREATE TABLE cta_signal (
    cta_id      UUID        NOT NULL REFERENCES cta (id) ON DELETE CASCADE,
    event_id    TEXT        NOT NULL,
    summary     TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cta_id, event_id)
);

-- The next member of a team to get a CTA, per rule: round-robin that survives restarts and several replicas.
CREATE TABLE owner_rotation (
    rule_id UUID PRIMARY KEY,
    turns   BIGINT NOT NULL
);
