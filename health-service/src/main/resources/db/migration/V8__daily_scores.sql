-- One score per account and day: the latest of the day, carried into each new day by a daily snapshot, so that a
-- history of N days is N rows and a trend is a difference of two.
CREATE TABLE score_daily (
    account_external_id TEXT NOT NULL,
    day                 DATE NOT NULL,
    score               INT,
    band                TEXT,
    PRIMARY KEY (account_external_id, day)
);

INSERT INTO score_daily (account_external_id, day, score, band)
SELECT account_external_id, (computed_at AT TIME ZONE 'UTC')::date, score, band FROM health_score;
