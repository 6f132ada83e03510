-- Which of the vendor's user ids is which Tandem user. Per-user rows here are keyed by the vendor's ids (signals arrive
-- before any CRM record exists), while an erasure names only Tandem's id: this is how an erasure finds them.
CREATE TABLE user_ref (
    user_id     UUID PRIMARY KEY,
    account_id  UUID NOT NULL,
    external_id TEXT NOT NULL
);
