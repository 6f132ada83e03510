-- End users: every person at a customer is a customer too, free seat or paid.
CREATE TABLE end_user (
    id           UUID PRIMARY KEY,
    account_id   UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    external_id  TEXT        NOT NULL,
    email        TEXT,
    name         TEXT,
    role         TEXT        NOT NULL,
    seat         TEXT        NOT NULL,
    signed_up_at TIMESTAMPTZ NOT NULL,
    invited_by   UUID REFERENCES end_user (id) ON DELETE SET NULL,  -- the viral loop
    last_seen_at TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (account_id, external_id)
);

CREATE INDEX end_user_invited_by ON end_user (invited_by);
