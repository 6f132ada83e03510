-- The ROI metrics customers report (hours saved, cost avoided, ...), with their numbers: a renewal conversation is built
-- on them, so they are kept as reported, not only counted.
CREATE TABLE roi_report (
    account_external_id TEXT          NOT NULL,
    metric              TEXT          NOT NULL,
    value               NUMERIC(20, 4) NOT NULL,
    reported_at         TIMESTAMPTZ   NOT NULL
);

CREATE INDEX roi_report_latest ON roi_report (account_external_id, metric, reported_at DESC);
