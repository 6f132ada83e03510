-- One-off purchases: what ONE_OFF accounts buy instead of subscribing. Such accounts are judged by how often they buy
-- again (the repeat rate), not by churn.
CREATE TABLE purchase (
    id           UUID PRIMARY KEY,
    account_id   UUID           NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    external_id  TEXT           NOT NULL,
    product      TEXT           NOT NULL,
    amount       NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    currency     CHAR(3)        NOT NULL,
    purchased_on DATE           NOT NULL,
    created_at   TIMESTAMPTZ    NOT NULL,
    updated_at   TIMESTAMPTZ    NOT NULL,
    UNIQUE (account_id, external_id)
);

-- The repeat rate counts purchases per account within a date window.
CREATE INDEX purchase_purchased_on ON purchase (purchased_on, account_id);
