-- Daily aggregates of signals, per account (keyed by the vendor's account id, so signals that arrive before
-- account-service announces the account are kept and counted) and per end user. Updated additively in one statement
-- per poll, so two consumers never race on a read-modify-write.
CREATE TABLE account_day (
    account_external_id TEXT        NOT NULL,
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
    last_seen_at        TIMESTAMPTZ,  -- the latest product use that day; null if only engagement signals came
    PRIMARY KEY (account_external_id, day)
);

-- Who was active on which day: daily, weekly and monthly active users are counts over it.
CREATE TABLE user_day (
    account_external_id TEXT NOT NULL,
    user_id             TEXT NOT NULL,
    day                 DATE NOT NULL,
    PRIMARY KEY (account_external_id, day, user_id)
);

CREATE TABLE feature_day (
    account_external_id TEXT   NOT NULL,
    day                 DATE   NOT NULL,
    feature             TEXT   NOT NULL,
    uses                BIGINT NOT NULL,
    PRIMARY KEY (account_external_id, day, feature)
);
