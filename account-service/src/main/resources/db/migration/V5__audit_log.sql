-- Who changed what about an account, and when. Written in the same transaction as the change.
CREATE TABLE audit_entry (
    id         BIGSERIAL PRIMARY KEY,
    account_id UUID        REFERENCES account (id) ON DELETE CASCADE,  -- null for platform-wide changes
    actor      TEXT        NOT NULL,  -- the token subject, or system:<component> for automatic changes
    client     TEXT,                  -- the OAuth client the change came through
    action     TEXT        NOT NULL,
    summary    TEXT        NOT NULL,  -- never personal data: it outlives erasure
    at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX audit_entry_by_account ON audit_entry (account_id, id DESC);
