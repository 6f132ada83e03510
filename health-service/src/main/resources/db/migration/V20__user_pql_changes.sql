-- End users to rescore for PQL are recorded as changes naming them, as accounts are (V19), instead of one mark per
-- user: a poll inserts one row rather than upserting, and so locking, a mark per user it counted. Under SignalBenchmark's
-- load, marking, claiming, holding and ending user marks took about a seventh of the database's statement time.
-- A change names its users as two arrays of the same length: the i-th user is (accounts[i], user_ids[i]).
CREATE TABLE user_pql_change (
    id            BIGSERIAL   PRIMARY KEY,
    accounts      TEXT[]      NOT NULL,
    user_ids      TEXT[]      NOT NULL,
    -- How many users it names, so that a claim can add up its changes' sizes without reading their lists.
    size          INT         NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    -- Set while a refresher rescores its users; a claim left by a crash runs out then.
    claimed_until TIMESTAMPTZ
);

-- Marks waiting at the upgrade carry over, 500 users a change, oldest first.
INSERT INTO user_pql_change (accounts, user_ids, size, changed_at)
SELECT array_agg(account_external_id ORDER BY account_external_id, user_id),
       array_agg(user_id ORDER BY account_external_id, user_id),
       count(*), min(since)
  FROM (SELECT account_external_id, user_id, since, (row_number() OVER (ORDER BY since) - 1) / 500 AS chunk
          FROM user_pql_dirty) marks
 GROUP BY chunk
 ORDER BY chunk;

DROP TABLE user_pql_dirty;
