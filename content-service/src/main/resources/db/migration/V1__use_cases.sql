-- Use cases: the typical ways customers use the product. What to write content for first is ranked by priority =
-- questions per month x minutes spent explaining it per customer (the CS time it would save), computed by the service.
CREATE TABLE use_case (
    id                   UUID PRIMARY KEY,
    name                 TEXT        NOT NULL,
    questions_per_month  INT         NOT NULL CHECK (questions_per_month >= 0),
    minutes_per_customer INT         NOT NULL CHECK (minutes_per_customer >= 0),
    priority             BIGINT      NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX use_case_name_unique ON use_case (lower(name));
CREATE INDEX use_case_by_priority ON use_case (priority DESC, id);
