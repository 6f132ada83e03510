-- The self-serve content catalog. Lists (use cases covered, target roles, plans, touch models) are arrays: an empty
-- array means "no restriction", so an item targeting nobody in particular is for everyone.
CREATE TABLE content_item (
    id           UUID        PRIMARY KEY,
    type         TEXT        NOT NULL CHECK (type IN ('SETUP_VIDEO', 'ARTICLE', 'ROLLOUT_DECK', 'SUCCESS_STORY', 'FAQ')),
    title        TEXT        NOT NULL,
    body         TEXT,
    url          TEXT,
    language     TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    version      INT         NOT NULL CHECK (version >= 1),
    use_case_ids UUID[]      NOT NULL DEFAULT '{}',
    target_roles TEXT[]      NOT NULL DEFAULT '{}',
    plans        TEXT[]      NOT NULL DEFAULT '{}',
    touch_models TEXT[]      NOT NULL DEFAULT '{}',
    -- The text search configuration of the item's language (stemming, stop words); 'simple' for other languages.
    ts_config    REGCONFIG   NOT NULL,
    -- Title matches weigh more than body matches (weights A and B) in ts_rank.
    search       TSVECTOR    GENERATED ALWAYS AS (
                     setweight(to_tsvector(ts_config, title), 'A')
                     || setweight(to_tsvector(ts_config, coalesce(body, '')), 'B')) STORED,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    CHECK (body IS NOT NULL OR url IS NOT NULL)
);

CREATE INDEX content_item_search ON content_item USING GIN (search);
CREATE INDEX content_item_use_cases ON content_item USING GIN (use_case_ids);
CREATE INDEX content_item_newest ON content_item (created_at DESC, id);

-- Views and completions from content_viewed signals, per item and per account (the vendor's external account id, so
-- views count before account-service has told us about the account).
CREATE TABLE content_view_tally (
    content_id          UUID        NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    account_external_id TEXT        NOT NULL,
    views               BIGINT      NOT NULL,
    completions         BIGINT      NOT NULL,
    last_viewed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (content_id, account_external_id)
);

CREATE INDEX content_view_tally_by_account ON content_view_tally (account_external_id);

-- Who has seen what, so recommendations skip what a user already viewed.
CREATE TABLE content_view_by_user (
    content_id          UUID        NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    account_external_id TEXT        NOT NULL,
    user_external_id    TEXT        NOT NULL,
    completed           BOOLEAN     NOT NULL,
    PRIMARY KEY (account_external_id, user_external_id, content_id)
);
