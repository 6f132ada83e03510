-- Touchpoints from cta.events: the latest version of each, for the metrics scorecards read (days since the last
-- touchpoint, since the last with a decision maker or executive sponsor, touchpoints in the window and the share judged
-- negative). A deletion stays as a row (deleted, no day) so that an older version met after it does not bring the
-- touchpoint back.
CREATE TABLE touchpoint (
    touchpoint_id        UUID        PRIMARY KEY,
    account_id           UUID        NOT NULL,
    version              BIGINT      NOT NULL,
    occurred_at          TIMESTAMPTZ,
    -- account-service's end-user ids of the customer's people who took part
    participant_user_ids UUID[]      NOT NULL DEFAULT '{}',
    sentiment            TEXT,
    deleted              BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE INDEX touchpoint_by_account ON touchpoint (account_id, occurred_at) WHERE NOT deleted;

-- Which part a user plays at their account (a UserRole name): a touchpoint with a decision maker or executive sponsor
-- is told by its participants' roles. Null for users announced before it was kept, until they are announced again.
ALTER TABLE user_ref ADD COLUMN role TEXT;

-- DEAR's Engagement gains "knows the decision maker": days since the last touchpoint with a decision maker or executive
-- sponsor, 100 points within a month, none after a quarter. N/A for every account until touchpoints are recorded for
-- it, so no score moves with this version. Added only where the default DEAR does not have it (an admin may have
-- edited or calibrated it), as a new version in force from now, so that past days keep the version they were scored on.
WITH dear AS (
    SELECT id FROM scorecard
     WHERE id = '00000000-0000-0000-0000-00000000dea1'
       AND definition::jsonb -> 'groups' @> '[{"key": "engagement"}]'
       AND NOT definition::jsonb @? '$.groups[*].measures[*] ? (@.key == "decision-maker")'),
changed AS (
    UPDATE scorecard s
       SET definition = (
               SELECT jsonb_build_object('groups', jsonb_agg(
                          CASE WHEN g ->> 'key' = 'engagement'
                               THEN jsonb_set(g, '{measures}', (g -> 'measures') || jsonb_build_array(
                                        jsonb_build_object(
                                            'key', 'decision-maker', 'name', 'Knows the decision maker',
                                            'metric', 'days_since_decision_maker_touchpoint', 'windowDays', 90,
                                            'weight', 20,
                                            'scoring', jsonb_build_object(
                                                'type', 'LINEAR', 'fromValue', 30, 'fromPoints', 100,
                                                'toValue', 90, 'toPoints', 0))))
                               ELSE g END
                          ORDER BY position))
                 FROM jsonb_array_elements(s.definition::jsonb -> 'groups') WITH ORDINALITY AS groups (g, position)
           )::text,
           version = s.version + 1,
           updated_at = now()
      FROM dear
     WHERE s.id = dear.id
    RETURNING s.*)
INSERT INTO scorecard_version (scorecard_id, version, name, is_default, purpose, qualify_at, priority, criteria,
                               definition, effective_at)
SELECT id, version, name, is_default, purpose, qualify_at, priority, criteria, definition, now()
  FROM changed;
