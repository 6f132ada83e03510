-- What content-service knows of accounts and users, from account.events: enough to choose a program (plan, touch
-- model), to map the vendor's external ids in signals to Tandem ids, and to recommend by role.
CREATE TABLE account_ref (
    account_id  UUID        PRIMARY KEY,
    external_id TEXT        NOT NULL UNIQUE,
    plan        TEXT,
    touch_model TEXT,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE user_ref (
    user_id     UUID PRIMARY KEY,
    account_id  UUID NOT NULL,
    external_id TEXT NOT NULL,
    role        TEXT,
    UNIQUE (account_id, external_id)
);

-- Usage facts that milestones are conditions on, per account and day: setup steps done, seats activated (name = the
-- user), features used, ROI metrics reported. Kept per day so the day a threshold was crossed can be told.
CREATE TABLE account_fact (
    account_external_id TEXT   NOT NULL,
    kind                TEXT   NOT NULL CHECK (kind IN ('SETUP_STEP', 'SEAT', 'FEATURE', 'ROI')),
    name                TEXT   NOT NULL,
    day                 DATE   NOT NULL,
    count               BIGINT NOT NULL,
    PRIMARY KEY (account_external_id, kind, name, day)
);

CREATE TABLE onboarding_program (
    id             UUID          PRIMARY KEY,
    name           TEXT          NOT NULL,
    description    TEXT,
    period_days    INT           NOT NULL CHECK (period_days BETWEEN 1 AND 730),
    premium        BOOLEAN       NOT NULL,
    price          NUMERIC(12, 2),
    currency       TEXT,
    plans          TEXT[]        NOT NULL DEFAULT '{}',
    touch_models   TEXT[]        NOT NULL DEFAULT '{}',
    end_policy     TEXT          NOT NULL CHECK (end_policy IN ('PROCEED', 'EXTEND')),
    extension_days INT           CHECK (extension_days BETWEEN 1 AND 365),
    version        INT           NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    CHECK (end_policy = 'PROCEED' OR extension_days IS NOT NULL),
    CHECK (premium OR price IS NULL)
);

CREATE UNIQUE INDEX onboarding_program_name_unique ON onboarding_program (lower(name));

-- The definition of success: every milestone of the program reached within the period.
CREATE TABLE milestone (
    id           UUID    PRIMARY KEY,
    program_id   UUID    NOT NULL REFERENCES onboarding_program (id) ON DELETE CASCADE,
    position     INT     NOT NULL,
    name         TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('SETUP_STEP_DONE', 'SEATS_ACTIVE', 'FEATURE_USED', 'ROI_REPORTED')),
    subject      TEXT,
    threshold    INT     NOT NULL CHECK (threshold >= 1),
    -- The use cases whose content helps reach it: what recommendations offer while it is unmet.
    use_case_ids UUID[]  NOT NULL DEFAULT '{}',
    UNIQUE (program_id, position)
);

CREATE TABLE enrollment (
    id           UUID        PRIMARY KEY,
    account_id   UUID        NOT NULL,
    program_id   UUID        NOT NULL REFERENCES onboarding_program (id),
    contract_id  UUID,
    origin       TEXT        NOT NULL CHECK (origin IN ('AUTOMATIC', 'MANUAL')),
    status       TEXT        NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUCCEEDED', 'FAILED')),
    started_on   DATE        NOT NULL,
    due_on       DATE        NOT NULL,
    extended     BOOLEAN     NOT NULL,
    ended_on     DATE,
    created_at   TIMESTAMPTZ NOT NULL
);

-- One open enrollment per account and program; one automatic enrollment per contract, however often it is announced.
CREATE UNIQUE INDEX enrollment_open_once ON enrollment (account_id, program_id) WHERE status = 'IN_PROGRESS';
CREATE UNIQUE INDEX enrollment_per_contract ON enrollment (contract_id) WHERE contract_id IS NOT NULL;
CREATE INDEX enrollment_due ON enrollment (due_on) WHERE status = 'IN_PROGRESS';
CREATE INDEX enrollment_by_program ON enrollment (program_id, started_on);

CREATE TABLE milestone_progress (
    enrollment_id UUID NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
    milestone_id  UUID NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    reached_on    DATE NOT NULL,
    PRIMARY KEY (enrollment_id, milestone_id)
);
