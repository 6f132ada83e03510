-- The part an end user plays at their account (account.events' UserRole), so that a touchpoint can tell whether a
-- decision maker took part. Null until the user's next event for users projected before this column existed.
ALTER TABLE user_ref ADD COLUMN role TEXT;

-- Kinds of touchpoint. The built-in ones cover how a CS team meets its customers; a cs-admin may add their own.
CREATE TABLE touchpoint_type (
    key         TEXT PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    built_in    BOOLEAN NOT NULL DEFAULT FALSE,
    position    INT     NOT NULL
);

INSERT INTO touchpoint_type (key, name, description, built_in, position) VALUES
    ('CALL', 'Call', 'A phone or video call with the customer', TRUE, 1),
    ('MEETING', 'Meeting', 'A meeting with the customer', TRUE, 2),
    ('QBR', 'QBR', 'A quarterly business review: outcomes, ROI and the plan ahead', TRUE, 3),
    ('EMAIL', 'E-mail', 'An e-mail exchanged with the customer', TRUE, 4),
    ('NOTE', 'Note', 'A note about the customer, not a meeting', TRUE, 5),
    ('ONSITE', 'On-site visit', 'A visit at the customer''s premises', TRUE, 6);

-- The CSM's record of contact with a customer. A deleted touchpoint stays as a tombstone (deleted_at) so that its
-- version keeps counting: an integrator's resync of it after a delete is announced with a higher version than the
-- deletion. search is the full-text document: the subject weighs more than the body.
CREATE TABLE touchpoint (
    id              UUID PRIMARY KEY,
    account_id      UUID        NOT NULL,
    type            TEXT        NOT NULL REFERENCES touchpoint_type (key),
    occurred_at     TIMESTAMPTZ NOT NULL,
    author_id       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    sentiment       TEXT CHECK (sentiment IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    cta_id          UUID REFERENCES cta (id) ON DELETE SET NULL,
    -- A success plan's id; checked by the success plans feature, so no foreign key here.
    success_plan_id UUID,
    source          TEXT,
    external_id     TEXT,
    version         BIGINT      NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    deleted_at      TIMESTAMPTZ,
    search          TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', subject), 'A') || setweight(to_tsvector('english', body), 'B')) STORED,
    CHECK ((source IS NULL) = (external_id IS NULL))
);

-- An integrator's touchpoint is found again by its system and id, so a resync updates instead of duplicating.
CREATE UNIQUE INDEX touchpoint_external ON touchpoint (account_id, source, external_id) WHERE source IS NOT NULL;
-- An account's timeline, newest first, a page at a time.
CREATE INDEX touchpoint_timeline ON touchpoint (account_id, occurred_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX touchpoint_search ON touchpoint USING GIN (search) WHERE deleted_at IS NULL;

-- Who took part: the account's end users (kind USER, ref the account-service user id) and the CSM's colleagues (kind
-- COLLEAGUE, ref a Keycloak user id or user name).
CREATE TABLE touchpoint_participant (
    touchpoint_id UUID NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('USER', 'COLLEAGUE')),
    ref           TEXT NOT NULL,
    PRIMARY KEY (touchpoint_id, kind, ref)
);

CREATE INDEX touchpoint_participant_ref ON touchpoint_participant (ref, touchpoint_id);
