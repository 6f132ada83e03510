-- Notifications to the CS team themselves (not to customers). Each person names where they are reached and, per kind
-- of notification, on which channels and whether at once or in the daily digest.
CREATE TABLE notification_address (
    person     TEXT PRIMARY KEY,
    email      TEXT,
    slack_url  TEXT,
    teams_url  TEXT,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE notification_preference (
    person   TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    channels TEXT    NOT NULL,
    digest   BOOLEAN NOT NULL,
    PRIMARY KEY (person, kind)
);

-- One row per person, kind and event: the unique key is what keeps a redelivered event, a re-run scan or a second
-- replica from notifying anyone twice. Rows for the digest wait with digest_pending until the day's digest takes them.
CREATE TABLE notification (
    id             UUID PRIMARY KEY,
    person         TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    event_key      TEXT        NOT NULL,
    account_id     UUID,
    title          TEXT        NOT NULL,
    body           TEXT        NOT NULL,
    digest_pending BOOLEAN     NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (person, kind, event_key)
);

CREATE INDEX notification_digest ON notification (person, created_at) WHERE digest_pending;

-- A notification goes out as a delivery per channel, with the deliveries' retries; it need not concern an account.
ALTER TABLE delivery ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE delivery DROP CONSTRAINT delivery_kind_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_kind_check CHECK (kind IN ('MESSAGE', 'WEBHOOK', 'NOTIFICATION'));
