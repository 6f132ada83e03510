-- Daily counts per end user (by the vendor's ids), the same counters as account_day, so end users of free and trial
-- accounts can be scored on their own seriousness like their accounts. user_day stays what it is, the users active on
-- a day: a row here may hold engagement only (an email opened), which is no product use. Counting starts with this
-- migration; signals older than it are in the accounts' totals only.
CREATE TABLE user_signal_day (
    account_external_id TEXT        NOT NULL,
    user_id             TEXT        NOT NULL,
    day                 DATE        NOT NULL,
    signals             BIGINT      NOT NULL DEFAULT 0,
    logins              BIGINT      NOT NULL DEFAULT 0,
    feature_uses        BIGINT      NOT NULL DEFAULT 0,
    seats_activated     BIGINT      NOT NULL DEFAULT 0,
    setup_steps         BIGINT      NOT NULL DEFAULT 0,
    invites_sent        BIGINT      NOT NULL DEFAULT 0,
    invites_accepted    BIGINT      NOT NULL DEFAULT 0,
    emails_opened       BIGINT      NOT NULL DEFAULT 0,
    emails_clicked      BIGINT      NOT NULL DEFAULT 0,
    tickets_opened      BIGINT      NOT NULL DEFAULT 0,
    tickets_closed      BIGINT      NOT NULL DEFAULT 0,
    events_attended     BIGINT      NOT NULL DEFAULT 0,
    community_posts     BIGINT      NOT NULL DEFAULT 0,
    content_views       BIGINT      NOT NULL DEFAULT 0,
    website_visits      BIGINT      NOT NULL DEFAULT 0,
    roi_reports         BIGINT      NOT NULL DEFAULT 0,
    emails_sent         BIGINT      NOT NULL DEFAULT 0,
    last_seen_at        TIMESTAMPTZ,  -- the user's latest product use that day; null if only engagement signals came
    PRIMARY KEY (account_external_id, user_id, day)
);

-- End users whose aggregates changed since their PQL score was computed: the debounce, as score_dirty for accounts.
CREATE TABLE user_pql_dirty (
    account_external_id TEXT        NOT NULL,
    user_id             TEXT        NOT NULL,
    since               TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_external_id, user_id)
);

CREATE INDEX user_pql_dirty_by_time ON user_pql_dirty (since);

-- Each end user's latest PQL score (null: no data yet), on the PQL scorecard that judges their account.
CREATE TABLE user_pql_score (
    account_external_id TEXT        NOT NULL,
    user_id             TEXT        NOT NULL,
    score               INT,
    qualified           BOOLEAN     NOT NULL,
    scorecard_id        UUID        NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_external_id, user_id)
);

CREATE INDEX user_pql_score_qualified ON user_pql_score (score DESC, account_external_id, user_id) WHERE qualified;
CREATE INDEX user_pql_score_by_account ON user_pql_score (account_external_id, score DESC, user_id)
    WHERE score IS NOT NULL;
