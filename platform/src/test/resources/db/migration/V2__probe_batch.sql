-- What the probe batch consumer applied: one row per applied event, in the order applied, with the transaction that
-- applied it, so a test can tell a poll applied together from one applied event by event.
CREATE TABLE seen_batch (
    seq        BIGSERIAL PRIMARY KEY,
    event_id   UUID   NOT NULL UNIQUE,
    account_id UUID   NOT NULL,
    name       TEXT   NOT NULL,
    tx         BIGINT NOT NULL DEFAULT txid_current()
);
