-- Scores a CSM believes: a measure whose data source is not connected for an account is N/A, not 0, and any account
-- can be scored as of any past day. That takes four things the aggregates alone do not keep.

-- 1. Which data sources each account is connected to: for each signal type that feeds a metric (and the custom
-- email_sent signal), the first and the last day a signal of it was counted. A metric's source is connected on a day
-- between its first signal and a year (tandem.scores.source-look-back) after its last.
CREATE TABLE signal_source (
    account_external_id TEXT NOT NULL,
    source              TEXT NOT NULL,
    first_day           DATE NOT NULL,
    last_day            DATE NOT NULL,
    PRIMARY KEY (account_external_id, source)
);

INSERT INTO signal_source (account_external_id, source, first_day, last_day)
SELECT account_external_id, source, min(day), max(day)
  FROM account_day,
       LATERAL (VALUES ('login', logins), ('feature_used', feature_uses), ('seat_activated', seats_activated),
                       ('setup_step_completed', setup_steps), ('invite_sent', invites_sent),
                       ('invite_accepted', invites_accepted), ('email_opened', emails_opened),
                       ('email_clicked', emails_clicked), ('ticket_opened', tickets_opened),
                       ('ticket_closed', tickets_closed), ('event_attended', events_attended),
                       ('community_post', community_posts), ('content_viewed', content_views),
                       ('website_visit', website_visits), ('roi_reported', roi_reports),
                       ('email_sent', emails_sent)) AS counted (source, received)
 WHERE counted.received > 0
 GROUP BY account_external_id, source;

INSERT INTO signal_source (account_external_id, source, first_day, last_day)
SELECT account_external_id, 'nps_response', min(CAST(answered_at AT TIME ZONE 'UTC' AS date)),
       max(CAST(answered_at AT TIME ZONE 'UTC' AS date))
  FROM nps_response
 GROUP BY account_external_id;

-- 2. Where each account stood over time (stage, touch model, plan): which scorecard judged it on a past day, and
-- whether it had churned then. Rows from now on come from account.events; an account known before starts with its
-- state now, valid from its sign-up day.
CREATE TABLE account_segment_history (
    account_external_id TEXT        NOT NULL,
    valid_from          TIMESTAMPTZ NOT NULL,
    stage               TEXT        NOT NULL,
    touch_model         TEXT        NOT NULL,
    plan                TEXT        NOT NULL,
    PRIMARY KEY (account_external_id, valid_from)
);

INSERT INTO account_segment_history (account_external_id, valid_from, stage, touch_model, plan)
SELECT external_id, coalesce(CAST(created_on AS timestamptz), updated_at), stage, touch_model, plan
  FROM account_ref
 WHERE NOT erased;

-- 3. When each contract ran, so that seat use can be read as of a past day.
ALTER TABLE contract_ref
    ADD COLUMN start_date DATE,
    ADD COLUMN ended_on   DATE;

-- 4. Every version of every scorecard, with the time it came into force (deleted: a scorecard deleted then). The
-- versions in force at the upgrade come into force when their scorecard was created.
CREATE TABLE scorecard_version (
    scorecard_id UUID        NOT NULL,
    version      INT         NOT NULL,
    name         TEXT        NOT NULL,
    is_default   BOOLEAN     NOT NULL,
    purpose      TEXT        NOT NULL,
    qualify_at   INT,
    priority     INT         NOT NULL,
    criteria     TEXT        NOT NULL,
    definition   TEXT        NOT NULL,
    effective_at TIMESTAMPTZ NOT NULL,
    deleted      BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (scorecard_id, version)
);

CREATE INDEX scorecard_version_by_time ON scorecard_version (effective_at);

INSERT INTO scorecard_version (scorecard_id, version, name, is_default, purpose, qualify_at, priority, criteria,
                               definition, effective_at)
SELECT id, version, name, is_default, purpose, qualify_at, priority, criteria, definition, created_at
  FROM scorecard;

-- Accounts whose daily score history must be computed again from a day on: signals counted for a past day (a late
-- signal, a backfill of history) record their account and day here, as score_change does for today's score. A change
-- names its accounts and days as two arrays of the same length, days as ISO text.
CREATE TABLE score_history_change (
    id            BIGSERIAL   PRIMARY KEY,
    accounts      TEXT[]      NOT NULL,
    days          TEXT[]      NOT NULL,
    size          INT         NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    claimed_until TIMESTAMPTZ
);

-- A cs-admin's backfill of the daily score history of every account over a range of days, worked like a rescore job.
CREATE TABLE history_job (
    id             UUID PRIMARY KEY,
    status         TEXT        NOT NULL,
    from_day       DATE        NOT NULL,
    to_day         DATE        NOT NULL,
    accounts_total INT,
    accounts_done  INT         NOT NULL DEFAULT 0,
    after_account  TEXT,
    claim_token    UUID,
    created_at     TIMESTAMPTZ NOT NULL,
    started_at     TIMESTAMPTZ,
    heartbeat_at   TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ
);

CREATE INDEX history_job_waiting ON history_job (created_at) WHERE status IN ('QUEUED', 'RUNNING');
