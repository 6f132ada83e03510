-- State changed by the probe service, committed together with its outbox event.
CREATE TABLE probe_account (
    id   UUID PRIMARY KEY,
    name TEXT NOT NULL
);

-- What the probe consumer applied: one row per applied event.
CREATE TABLE seen_account (
    event_id   UUID PRIMARY KEY,
    account_id UUID NOT NULL,
    name       TEXT NOT NULL
);
