-- Accounts whose aggregates changed since their score was last computed. A burst of signals marks an account once,
-- so it is rescored once: the debounce.
CREATE TABLE score_dirty (
    account_external_id TEXT PRIMARY KEY,
    since               TIMESTAMPTZ NOT NULL
);

-- The current score of each account (null score: N/A), and every change of it.
CREATE TABLE health_score (
    account_external_id TEXT PRIMARY KEY,
    score               INT,
    band                TEXT,
    explanation         TEXT        NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE score_history (
    account_external_id TEXT        NOT NULL,
    score               INT,
    band                TEXT,
    computed_at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX score_history_by_account ON score_history (account_external_id, computed_at);
