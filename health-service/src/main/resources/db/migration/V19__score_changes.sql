-- Accounts to rescore are recorded as one row per change that committed (a poll of signals, an account event, a manual
-- value) naming its accounts, instead of one mark per account. A poll inserts one row rather than upserting, and so
-- locking, a mark for every account it touched: under SignalBenchmark's load, marking, claiming and ending marks took
-- a quarter of the database's time, and signals waited on marks a claim held. The refresher claims the changes waiting,
-- many at a time, and rescores each account they name once: an account changed again and again while it waited is
-- still rescored once (the debounce).
CREATE TABLE score_change (
    id            BIGSERIAL   PRIMARY KEY,
    accounts      TEXT[]      NOT NULL,
    -- How many accounts it names, so that a claim can add up its changes' sizes without reading their lists.
    size          INT         NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    -- Set while a refresher rescores its accounts; a claim left by a crash runs out then.
    claimed_until TIMESTAMPTZ
);

-- Marks waiting at the upgrade carry over, 500 accounts a change, oldest first.
INSERT INTO score_change (accounts, size, changed_at)
SELECT array_agg(account_external_id ORDER BY account_external_id), count(*), min(since)
  FROM (SELECT account_external_id, since, (row_number() OVER (ORDER BY since) - 1) / 500 AS chunk
          FROM score_dirty) marks
 GROUP BY chunk
 ORDER BY chunk;

DROP TABLE score_dirty;
