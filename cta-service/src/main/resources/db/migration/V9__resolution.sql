-- A CTA a rule opened on a condition closes itself as RESOLVED once the condition has cleared for the rule's period,
-- unless a person took it ("I'm on it"): taken_by and taken_at record who and when.
ALTER TABLE cta DROP CONSTRAINT cta_status_check;
ALTER TABLE cta ADD CONSTRAINT cta_status_check CHECK (status IN ('OPEN', 'CLOSED_SUCCESS', 'CLOSED_LOST', 'RESOLVED'));
ALTER TABLE cta ADD COLUMN taken_by TEXT;
ALTER TABLE cta ADD COLUMN taken_at TIMESTAMPTZ;

CREATE INDEX cta_open_by_rule ON cta (rule_id) WHERE status = 'OPEN' AND taken_at IS NULL;

-- Since when the account has been in its current band: how long it has been out of the band a CTA was opened for.
ALTER TABLE score_ref ADD COLUMN band_since TIMESTAMPTZ;
UPDATE score_ref SET band_since = computed_at;
