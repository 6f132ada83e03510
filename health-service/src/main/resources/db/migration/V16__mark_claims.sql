-- A refresher claims marks for a while (claimed_until) rather than holding their rows locked while it rescores, so
-- that signals marking the same accounts and users do not wait for it. A mark's version is the id of the transaction
-- that marked it last: a mark whose version moved since its claim was marked again meanwhile and stays, to be rescored
-- again.
ALTER TABLE score_dirty
    ADD COLUMN version       BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN claimed_until TIMESTAMPTZ;

ALTER TABLE user_pql_dirty
    ADD COLUMN version       BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN claimed_until TIMESTAMPTZ;
