-- Surveys: definitions (versioned), campaigns that send them, one invitation per person and campaign, and the answers.

-- A definition is never changed once saved: saving one under a name that exists makes the next version, so answers
-- always refer to the questions they answered.
CREATE TABLE survey (
    id         UUID PRIMARY KEY,
    name       TEXT        NOT NULL,
    version    INT         NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('NPS', 'CSAT', 'CUSTOM')),
    subject    TEXT        NOT NULL,
    intro      TEXT        NOT NULL,
    questions  TEXT        NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (name, version)
);

-- A campaign is a job any replica may work (platform JobTable): SCHEDULED until send_at, QUEUED, RUNNING while its
-- recipients are chosen, then DONE. Its audience (JSON) is a segment of the account projection.
CREATE TABLE survey_campaign (
    id            UUID PRIMARY KEY,
    survey_id     UUID        NOT NULL REFERENCES survey (id),
    name          TEXT        NOT NULL,
    audience      TEXT        NOT NULL,
    throttle_days INT         NOT NULL CHECK (throttle_days BETWEEN 0 AND 365),
    expires_days  INT         NOT NULL CHECK (expires_days BETWEEN 1 AND 90),
    send_at       TIMESTAMPTZ NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'QUEUED', 'RUNNING', 'DONE')),
    recipients    INT         NOT NULL DEFAULT 0,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    heartbeat_at  TIMESTAMPTZ,
    claim_token   UUID
);

CREATE INDEX survey_campaign_due ON survey_campaign (send_at) WHERE status = 'SCHEDULED';
CREATE INDEX survey_campaign_claimable ON survey_campaign (created_at) WHERE status IN ('QUEUED', 'RUNNING');

-- One invitation per person and campaign: the e-mail channel's record of what was sent, failed or bounced. A PENDING
-- row is the durable job of sending it; next_attempt_at is both its retry time and the lease of the worker holding it.
CREATE TABLE survey_send (
    id              UUID PRIMARY KEY,
    campaign_id     UUID        NOT NULL REFERENCES survey_campaign (id),
    survey_id       UUID        NOT NULL REFERENCES survey (id),
    account_id      UUID        NOT NULL,
    user_id         UUID        NOT NULL,
    email           TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'BOUNCED', 'SUPPRESSED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    expires_at      TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    answered_at     TIMESTAMPTZ,
    UNIQUE (campaign_id, user_id)
);

CREATE INDEX survey_send_due ON survey_send (next_attempt_at) WHERE status = 'PENDING';
-- The throttle: when was this person last surveyed.
CREATE INDEX survey_send_user ON survey_send (user_id, created_at);
CREATE INDEX survey_send_email ON survey_send (lower(email), sent_at);

-- The answers: one per invitation. score is the NPS (0-10) or CSAT (1-5) value; answers the whole form as JSON.
CREATE TABLE survey_response (
    send_id     UUID PRIMARY KEY REFERENCES survey_send (id),
    campaign_id UUID        NOT NULL,
    survey_id   UUID        NOT NULL,
    account_id  UUID        NOT NULL,
    user_id     UUID        NOT NULL,
    score       INT,
    comment     TEXT,
    answers     TEXT        NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX survey_response_campaign ON survey_response (campaign_id, answered_at);

-- Addresses no e-mail goes to any more: those that unsubscribed and those that bounced. Kept lower-case.
CREATE TABLE email_suppression (
    email      TEXT PRIMARY KEY,
    reason     TEXT        NOT NULL CHECK (reason IN ('UNSUBSCRIBED', 'BOUNCED')),
    detail     TEXT,
    created_at TIMESTAMPTZ NOT NULL
);

-- An answered survey lands on the account's timeline.
INSERT INTO touchpoint_type (key, name, description, built_in, position) VALUES
    ('SURVEY', 'Survey answer', 'A survey the customer answered: NPS, CSAT or a custom form', TRUE, 7);
