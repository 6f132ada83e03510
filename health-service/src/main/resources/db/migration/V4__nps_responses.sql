-- NPS answers as they came, for NPS overall, by cohort and over time.
CREATE TABLE nps_response (
    account_external_id TEXT        NOT NULL,
    user_id             TEXT,
    answered_at         TIMESTAMPTZ NOT NULL,
    score               INT         NOT NULL CHECK (score BETWEEN 0 AND 10)
);

CREATE INDEX nps_response_by_time ON nps_response (answered_at);
CREATE INDEX nps_response_by_account ON nps_response (account_external_id, answered_at);
