-- Every open CTA has an owner or sits in a named queue (the segment's, e.g. "Digital CS" for tech touch, else the
-- default queue), so none is in nobody's cockpit. Open CTAs without an owner from before go to the default queue.
ALTER TABLE cta ADD COLUMN queue TEXT;
UPDATE cta SET queue = 'Unassigned' WHERE status = 'OPEN' AND owner_id IS NULL;
ALTER TABLE cta ADD CONSTRAINT cta_open_has_owner_or_queue
    CHECK (status <> 'OPEN' OR owner_id IS NOT NULL OR queue IS NOT NULL);

CREATE INDEX cta_queue_open ON cta (queue) WHERE status = 'OPEN';
