-- Product-qualified leads: free and trial accounts scored on how seriously they use the product, the same way health
-- is scored, by scorecards of their own purpose. An account at or above its scorecard's qualify_at is a PQL, for sales
-- to pick up.
ALTER TABLE scorecard
    ADD COLUMN purpose    TEXT NOT NULL DEFAULT 'HEALTH' CHECK (purpose IN ('HEALTH', 'PQL')),
    ADD COLUMN qualify_at INT CHECK (qualify_at BETWEEN 1 AND 100),
    ADD CHECK ((purpose = 'PQL') = (qualify_at IS NOT NULL)),
    ADD CHECK (purpose = 'HEALTH' OR NOT is_default);

-- A ready-made seriousness scorecard for free and trial accounts, to tune like DEAR.
INSERT INTO scorecard (id, name, is_default, priority, criteria, definition, purpose, qualify_at)
VALUES ('00000000-0000-0000-0000-0000000009a1', 'Seriousness (PQL)', FALSE, 100,
        '{"stages":[],"touchModels":[],"plans":["FREE","TRIAL"]}',
        '{"groups":[{"key":"activity","name":"Activity","description":"Days with product use in the last two weeks","weight":30,"measures":[{"key":"active-days","name":"Days active (14 days)","metric":"active_days","windowDays":14,"weight":1,"scoring":{"type":"LINEAR","fromValue":0,"fromPoints":0,"toValue":7,"toPoints":100}}]},{"key":"key-actions","name":"Key actions","description":"Features used, the actions that show real work","weight":25,"measures":[{"key":"feature-uses","name":"Feature uses (14 days)","metric":"feature_uses","windowDays":14,"weight":1,"scoring":{"type":"LINEAR","fromValue":0,"fromPoints":0,"toValue":30,"toPoints":100}}]},{"key":"virality","name":"Virality","description":"Colleagues invited: a team, not a tourist","weight":20,"measures":[{"key":"invites","name":"Invites sent (30 days)","metric":"invites_sent","windowDays":30,"weight":1,"scoring":{"type":"LINEAR","fromValue":0,"fromPoints":0,"toValue":3,"toPoints":100}}]},{"key":"engagement","name":"Engagement","description":"Webinars attended and emails clicked","weight":15,"measures":[{"key":"events","name":"Events attended (30 days)","metric":"events_attended","windowDays":30,"weight":1,"scoring":{"type":"THRESHOLD","thresholds":[{"atLeast":0,"points":0},{"atLeast":1,"points":100}]}},{"key":"email-clicks","name":"Emails clicked (30 days)","metric":"emails_clicked","windowDays":30,"weight":1,"scoring":{"type":"LINEAR","fromValue":0,"fromPoints":0,"toValue":3,"toPoints":100}}]},{"key":"interest","name":"Buying interest","description":"Visits to the vendor''s website, such as the pricing page","weight":10,"measures":[{"key":"website-visits","name":"Website visits (30 days)","metric":"website_visits","windowDays":30,"weight":1,"scoring":{"type":"LINEAR","fromValue":0,"fromPoints":0,"toValue":5,"toPoints":100}}]}]}',
        'PQL', 70);

-- Each account's latest PQL score (null: no data yet).
CREATE TABLE pql_score (
    account_external_id TEXT PRIMARY KEY,
    score               INT,
    qualified           BOOLEAN     NOT NULL,
    scorecard_id        UUID        NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX pql_score_qualified ON pql_score (score DESC, account_external_id) WHERE qualified;
