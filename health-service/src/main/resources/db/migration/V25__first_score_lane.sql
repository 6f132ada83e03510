-- Accounts that received signals and have never been scored: a lane of their own, drained newest first beside
-- score_change, so that a new account's first score does not wait for a backlog of rescorings (a bulk import, a burst
-- of signals). Every account named here is named in score_change too: this lane only comes first, it is never the only
-- way to a score. Same shape as the other change tables (see ChangeQueue).
CREATE TABLE score_first_change (
    id            BIGSERIAL   PRIMARY KEY,
    accounts      TEXT[]      NOT NULL,
    size          INT         NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    claimed_until TIMESTAMPTZ
);
