-- Shared by every service database: add `classpath:db/platform` to quarkus.flyway.locations.
-- Versions here stay below 1 so they always run before a service's own migrations.

-- Events waiting to be published. A row is written in the same transaction as the state change it describes and
-- deleted once Kafka has acknowledged it: Kafka is the log, this table is only the hand-over.
CREATE TABLE outbox_event (
    id          BIGSERIAL PRIMARY KEY,        -- publication order
    event_id    UUID        NOT NULL UNIQUE,  -- CloudEvents id
    topic       TEXT        NOT NULL,
    event_key   TEXT        NOT NULL,         -- Kafka key and CloudEvents subject: one account's events stay ordered
    type        TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    payload     TEXT        NOT NULL          -- CloudEvents data, JSON
);

CREATE INDEX outbox_event_key_order ON outbox_event (event_key, id);

-- Events a consumer has applied, written in the same transaction as the effect, so a redelivery is applied once.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
