-- A person's part of an account's timeline ("what did the decision maker take part in?"), newest first, a page at a
-- time. The participant rows carry their touchpoint's account and time so that one index walk finds a page: joining
-- to the account's timeline instead had to read all of a busy account's touchpoints (20,000 in TimelineBenchmark)
-- before the first page came back. Kept equal to the touchpoint's by ParticipantStore, which rewrites a touchpoint's
-- participants whenever the touchpoint changes.
ALTER TABLE touchpoint_participant ADD COLUMN account_id UUID, ADD COLUMN occurred_at TIMESTAMPTZ;

UPDATE touchpoint_participant p
   SET account_id = t.account_id, occurred_at = t.occurred_at
  FROM touchpoint t
 WHERE t.id = p.touchpoint_id;

ALTER TABLE touchpoint_participant ALTER COLUMN account_id SET NOT NULL, ALTER COLUMN occurred_at SET NOT NULL;

-- Also serves the erasure of an end user (by ref), as the index it replaces did.
DROP INDEX touchpoint_participant_ref;
CREATE INDEX touchpoint_participant_timeline
    ON touchpoint_participant (ref, account_id, occurred_at DESC, touchpoint_id DESC);
