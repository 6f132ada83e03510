-- Success plans: per account, the objectives agreed with the customer, each with an owner, a due date and a measurable
-- goal (a health metric or an ROI metric the customer reports: a baseline, a target and the direction to move in),
-- and tasks under each objective. One plan per account.
CREATE TABLE success_plan (
    id          UUID PRIMARY KEY,
    account_id  UUID        NOT NULL UNIQUE,
    name        TEXT        NOT NULL,
    template_id UUID,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

-- progress, current_value and measured_at follow the metric's latest value; status is derived from them and the dates
-- and kept so that a change of it is announced once.
CREATE TABLE plan_objective (
    id            UUID PRIMARY KEY,
    plan_id       UUID           NOT NULL REFERENCES success_plan (id) ON DELETE CASCADE,
    account_id    UUID           NOT NULL,
    position      INT            NOT NULL,
    title         TEXT           NOT NULL,
    owner_id      TEXT           NOT NULL,
    start_date    DATE           NOT NULL,
    due_date      DATE           NOT NULL,
    goal_kind     TEXT           NOT NULL CHECK (goal_kind IN ('HEALTH', 'ROI')),
    metric        TEXT           NOT NULL,
    baseline      NUMERIC(20, 4) NOT NULL,
    target        NUMERIC(20, 4) NOT NULL,
    direction     TEXT           NOT NULL CHECK (direction IN ('UP', 'DOWN')),
    current_value NUMERIC(20, 4),
    measured_at   TIMESTAMPTZ,
    progress      NUMERIC(7, 4),
    status        TEXT           NOT NULL CHECK (status IN ('ON_TRACK', 'AT_RISK', 'ACHIEVED', 'MISSED')),
    status_since  TIMESTAMPTZ    NOT NULL,
    created_at    TIMESTAMPTZ    NOT NULL,
    UNIQUE (plan_id, position)
);

-- A value that arrives re-evaluates the account's objectives on its metric; the daily run those still open.
CREATE INDEX plan_objective_metric ON plan_objective (account_id, goal_kind, metric);
CREATE INDEX plan_objective_open ON plan_objective (due_date) WHERE status IN ('ON_TRACK', 'AT_RISK');

CREATE TABLE plan_task (
    id           UUID PRIMARY KEY,
    objective_id UUID        NOT NULL REFERENCES plan_objective (id) ON DELETE CASCADE,
    playbook_id  UUID,
    position     INT         NOT NULL,
    title        TEXT        NOT NULL,
    owner_id     TEXT,
    due_date     DATE        NOT NULL,
    done         BOOLEAN     NOT NULL DEFAULT FALSE,
    done_at      TIMESTAMPTZ,
    done_by      TEXT
);

CREATE INDEX plan_task_objective ON plan_task (objective_id, due_date, position);
-- A playbook is attached once per objective.
CREATE UNIQUE INDEX plan_task_playbook_once ON plan_task (objective_id, playbook_id, position);

-- The latest value of each metric of an account, as health-service announced it with a score (HEALTH: the metric
-- over the window the account's scorecard reads it) or as the customer reported it (ROI: roi_reported signals). A null
-- value is N/A: the metric has no data for the account.
CREATE TABLE metric_reading (
    account_id  UUID           NOT NULL,
    goal_kind   TEXT           NOT NULL,
    metric      TEXT           NOT NULL,
    value       NUMERIC(20, 4),
    measured_at TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (account_id, goal_kind, metric)
);
