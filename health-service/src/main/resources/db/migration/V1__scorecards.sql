-- Scorecards: how health is scored. Groups carry relative weights (any non-negative numbers, shown normalised to 100).
CREATE TABLE scorecard (
    id         UUID PRIMARY KEY,
    name       TEXT        NOT NULL UNIQUE,
    is_default BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- At most one scorecard is the default, used for accounts no other scorecard claims.
CREATE UNIQUE INDEX scorecard_single_default ON scorecard (is_default) WHERE is_default;

CREATE TABLE scorecard_group (
    scorecard_id UUID          NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    key          TEXT          NOT NULL,
    name         TEXT          NOT NULL,
    description  TEXT          NOT NULL,
    weight       NUMERIC(7, 2) NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (scorecard_id, key)
);

-- The DEAR default: Deployment, Engagement, Adoption, ROI, weighted as a starting point for churn analysis to refine.
INSERT INTO scorecard (id, name, is_default) VALUES ('00000000-0000-0000-0000-00000000dea1', 'DEAR', TRUE);
INSERT INTO scorecard_group (scorecard_id, position, key, name, description, weight) VALUES
    ('00000000-0000-0000-0000-00000000dea1', 1, 'deployment', 'Deployment',
     'Contracted seats actually used; initial setup done', 30),
    ('00000000-0000-0000-0000-00000000dea1', 2, 'engagement', 'Engagement',
     'Emails opened, support tickets, user-group and webinar attendance, decision maker known', 20),
    ('00000000-0000-0000-0000-00000000dea1', 3, 'adoption', 'Adoption',
     'Daily active users, features used', 30),
    ('00000000-0000-0000-0000-00000000dea1', 4, 'roi', 'ROI',
     'Built into the customer''s workflow; measured improvement', 20);
