-- Contracts: what an account pays for. ARR and the next renewal date are summed up on the account, so lists can
-- filter and sort on them without a join.
CREATE TABLE contract (
    id           UUID PRIMARY KEY,
    account_id   UUID          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    external_id  TEXT          NOT NULL,
    plan         TEXT          NOT NULL,
    arr          NUMERIC(14, 2) NOT NULL CHECK (arr >= 0),
    currency     CHAR(3)       NOT NULL,
    seats        INT           NOT NULL CHECK (seats >= 0),
    start_date   DATE          NOT NULL,
    renewal_date DATE          NOT NULL CHECK (renewal_date > start_date),
    auto_renew   BOOLEAN       NOT NULL,
    status       TEXT          NOT NULL,
    end_reason   TEXT,
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (account_id, external_id)
);

ALTER TABLE account
    ADD COLUMN arr               NUMERIC(14, 2) NOT NULL DEFAULT 0,
    ADD COLUMN next_renewal_date DATE,
    ADD COLUMN converted_on      DATE;  -- the day the first paid contract started: free-to-paid conversion

CREATE INDEX account_stage ON account (stage);
CREATE INDEX account_touch_model ON account (touch_model);
CREATE INDEX account_renewal ON account (next_renewal_date);

-- The ARR bands that decide the touch model; one row, changed by cs-admins.
CREATE TABLE touch_model_bands (
    id        INT PRIMARY KEY CHECK (id = 1),
    high_from NUMERIC(14, 2) NOT NULL,
    low_from  NUMERIC(14, 2) NOT NULL,
    CHECK (0 <= low_from AND low_from < high_from)
);

INSERT INTO touch_model_bands (id, high_from, low_from) VALUES (1, 50000, 10000);
