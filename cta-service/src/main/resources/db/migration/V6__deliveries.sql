-- Tech-touch message templates; placeholders like {{account.name}} are filled at send time.
CREATE TABLE message_template (
    id         UUID PRIMARY KEY,
    name       TEXT        NOT NULL UNIQUE,
    channel    TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

-- Outbound calls: tech-touch messages and rule webhooks, written in the transaction of the firing and sent by a
-- worker with retries. dedup_key (rule, account, trigger, action) is what keeps one trigger from sending twice.
CREATE TABLE delivery (
    id              UUID PRIMARY KEY,
    kind            TEXT        NOT NULL CHECK (kind IN ('MESSAGE', 'WEBHOOK')),
    dedup_key       TEXT        NOT NULL UNIQUE,
    account_id      UUID        NOT NULL,
    user_id         UUID,
    rule_id         UUID,
    template_id     UUID,
    channel         TEXT,
    url             TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);

CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_order ON delivery (created_at DESC, id DESC);
