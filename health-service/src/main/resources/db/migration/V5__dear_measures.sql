-- The measures of a scorecard's groups: a metric over a window, turned into 0-100 points by a straight line
-- between two points (clamped beyond them; the line may fall, for metrics where less is better).
ALTER TABLE account_day ADD COLUMN roi_reports BIGINT NOT NULL DEFAULT 0;

CREATE TABLE scorecard_measure (
    scorecard_id UUID          NOT NULL,
    group_key    TEXT          NOT NULL,
    position     INT           NOT NULL,
    key          TEXT          NOT NULL,
    name         TEXT          NOT NULL,
    metric       TEXT          NOT NULL,
    window_days  INT           NOT NULL CHECK (window_days BETWEEN 1 AND 365),
    weight       NUMERIC(7, 2) NOT NULL CHECK (weight >= 0),
    from_value   NUMERIC(14, 4) NOT NULL,
    from_points  NUMERIC(5, 2)  NOT NULL CHECK (from_points BETWEEN 0 AND 100),
    to_value     NUMERIC(14, 4) NOT NULL,
    to_points    NUMERIC(5, 2)  NOT NULL CHECK (to_points BETWEEN 0 AND 100),
    PRIMARY KEY (scorecard_id, key),
    FOREIGN KEY (scorecard_id, group_key) REFERENCES scorecard_group (scorecard_id, key) ON DELETE CASCADE
);

-- A starting point for DEAR; churn analysis and CSM judgment should tune it.
INSERT INTO scorecard_measure
    (scorecard_id, group_key, position, key, name, metric, window_days, weight, from_value, from_points, to_value, to_points)
VALUES
    ('00000000-0000-0000-0000-00000000dea1', 'deployment', 1, 'seat-use', 'Contracted seats in use',
     'seat_utilisation', 30, 70, 0.2, 0, 0.8, 100),
    ('00000000-0000-0000-0000-00000000dea1', 'deployment', 2, 'setup', 'Setup steps completed',
     'setup_steps', 365, 30, 0, 0, 5, 100),
    ('00000000-0000-0000-0000-00000000dea1', 'engagement', 1, 'emails', 'Emails opened',
     'emails_opened', 30, 25, 0, 0, 4, 100),
    ('00000000-0000-0000-0000-00000000dea1', 'engagement', 2, 'events', 'Webinars and user groups attended',
     'events_attended', 90, 25, 0, 0, 2, 100),
    ('00000000-0000-0000-0000-00000000dea1', 'engagement', 3, 'tickets', 'Support tickets opened',
     'tickets_opened', 30, 20, 0, 100, 10, 0),
    ('00000000-0000-0000-0000-00000000dea1', 'engagement', 4, 'nps', 'NPS answers (average)',
     'nps_average', 180, 30, 0, 0, 10, 100),
    ('00000000-0000-0000-0000-00000000dea1', 'adoption', 1, 'active-days', 'Days with product use',
     'active_days', 30, 50, 0, 0, 20, 100),
    ('00000000-0000-0000-0000-00000000dea1', 'adoption', 2, 'features', 'Distinct features used',
     'distinct_features', 30, 50, 0, 0, 5, 100),
    ('00000000-0000-0000-0000-00000000dea1', 'roi', 1, 'roi', 'ROI results reported',
     'roi_reports', 365, 100, 0, 0, 1, 100);
