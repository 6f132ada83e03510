-- Scorecards become documents an admin edits whole: groups, measures and how each measure is scored live in one JSON
-- definition, read and written together. Which accounts a scorecard judges is its criteria (lifecycle stages, touch
-- models, plans; empty means any) and its priority (lowest first); the default judges the accounts no other claims.
ALTER TABLE scorecard
    ADD COLUMN priority   INT         NOT NULL DEFAULT 100,
    ADD COLUMN criteria   TEXT        NOT NULL DEFAULT '{"stages":[],"touchModels":[],"plans":[]}',
    ADD COLUMN definition TEXT,
    ADD COLUMN version    INT         NOT NULL DEFAULT 1,
    ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

UPDATE scorecard s
   SET definition = jsonb_build_object('groups', (
       SELECT coalesce(jsonb_agg(jsonb_build_object(
                  'key', g.key, 'name', g.name, 'description', g.description, 'weight', g.weight,
                  'measures', (
                      SELECT coalesce(jsonb_agg(jsonb_build_object(
                                 'key', m.key, 'name', m.name, 'metric', m.metric, 'windowDays', m.window_days,
                                 'weight', m.weight,
                                 'scoring', jsonb_build_object(
                                     'type', 'LINEAR', 'fromValue', m.from_value, 'fromPoints', m.from_points,
                                     'toValue', m.to_value, 'toPoints', m.to_points))
                             ORDER BY m.position), '[]'::jsonb)
                        FROM scorecard_measure m
                       WHERE m.scorecard_id = s.id AND m.group_key = g.key))
              ORDER BY g.position), '[]'::jsonb)
         FROM scorecard_group g
        WHERE g.scorecard_id = s.id))::text;

-- DEAR gains the CSM's own view as a MANUAL measure of Engagement: without a value it weighs nothing.
UPDATE scorecard
   SET definition = (
       SELECT jsonb_build_object('groups', jsonb_agg(
                  CASE WHEN g ->> 'key' = 'engagement'
                       THEN jsonb_set(g, '{measures}', (g -> 'measures') || jsonb_build_array(jsonb_build_object(
                                'key', 'csm-sentiment', 'name', 'CSM sentiment', 'weight', 20,
                                'scoring', jsonb_build_object('type', 'MANUAL'))))
                       ELSE g END
                  ORDER BY position))
         FROM jsonb_array_elements(definition::jsonb -> 'groups') WITH ORDINALITY AS groups (g, position))::text
 WHERE id = '00000000-0000-0000-0000-00000000dea1';

ALTER TABLE scorecard ALTER COLUMN definition SET NOT NULL;
DROP TABLE scorecard_measure;
DROP TABLE scorecard_group;

-- A CSM's own judgement of an account, for scorecards' MANUAL measures of the same key, until it expires.
CREATE TABLE manual_measure_value (
    account_external_id TEXT          NOT NULL,
    measure_key         TEXT          NOT NULL,
    points              NUMERIC(5, 2) NOT NULL CHECK (points BETWEEN 0 AND 100),
    expires_on          DATE          NOT NULL,
    note                TEXT,
    set_by              TEXT          NOT NULL,
    set_at              TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (account_external_id, measure_key)
);

-- Rescoring every account after a scorecard changed: a job any replica can work and a restart resumes, walking the
-- accounts in id order from after_account.
CREATE TABLE rescore_job (
    id             UUID PRIMARY KEY,
    reason         TEXT        NOT NULL,
    status         TEXT        NOT NULL,
    accounts_total INT,
    accounts_done  INT         NOT NULL DEFAULT 0,
    after_account  TEXT,
    claim_token    UUID,
    heartbeat_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    started_at     TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ
);

CREATE INDEX rescore_job_unfinished ON rescore_job (created_at) WHERE status IN ('QUEUED', 'RUNNING');
