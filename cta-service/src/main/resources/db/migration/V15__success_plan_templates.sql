-- Success plan templates a cs-admin defines per segment (touch model): objectives whose baselines are the account's
-- values when the plan is made and whose targets are an improvement over them, due some days later. The objectives are
-- a JSON document the service validates, as rules' definitions are.
CREATE TABLE plan_template (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    touch_model TEXT        NOT NULL CHECK (touch_model IN ('HIGH', 'LOW', 'TECH')),
    objectives  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX plan_template_touch_model ON plan_template (touch_model, name);
