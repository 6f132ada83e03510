-- Each account's current health as health-service last announced it on health.events: what account lists filter on
-- (band) and sort by (score). A row may arrive before its account does, so there is no foreign key; lists join from
-- account, so such a row shows nowhere until the account exists.
CREATE TABLE account_health (
    account_id UUID PRIMARY KEY,
    score      INT CHECK (score BETWEEN 0 AND 100), -- null: N/A (no data, or churned)
    band       TEXT,                                 -- RED, YELLOW, GREEN; null with the score
    scored_at  TIMESTAMPTZ NOT NULL,                 -- when health-service computed it: an older event never wins
    CHECK ((score IS NULL) = (band IS NULL))
);

CREATE INDEX account_health_score ON account_health (score);
CREATE INDEX account_health_band ON account_health (band);

-- Lists sort by ARR as well as by name, score and renewal (the renewal index exists since V2).
CREATE INDEX account_arr ON account (arr);
