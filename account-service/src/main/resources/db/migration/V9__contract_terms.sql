-- Contract terms: a contract's history as spans of constant ARR, so that retention figures can be asked of any past
-- period. A contract is one row of `contract` (its current state); each renewal closes a term and opens the next, a
-- mid-term change of ARR cuts the running term (amended) and opens the rest, an end closes it as CHURNED.
CREATE TABLE contract_term (
    id              UUID PRIMARY KEY,
    contract_id     UUID           NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    account_id      UUID           NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    plan            TEXT           NOT NULL,
    arr             NUMERIC(14, 2) NOT NULL CHECK (arr >= 0),
    starts_on       DATE           NOT NULL,
    scheduled_end   DATE           NOT NULL,  -- the renewal date the term was agreed with
    ends_on         DATE,                     -- the first day the term no longer counts; null while it runs
    outcome         TEXT,                     -- RENEWED, EXPANDED, CONTRACTED, CHURNED; null while it runs
    arr_after       NUMERIC(14, 2),           -- ARR right after the outcome (0 for CHURNED)
    reason          TEXT,                     -- why it churned, when the integrator said
    amended         BOOLEAN        NOT NULL DEFAULT FALSE, -- cut short by a mid-term change, not due for renewal
    band_at_outcome TEXT,                     -- the account's health band when the outcome was recorded
    CHECK ((outcome IS NULL) = (ends_on IS NULL)),
    CHECK ((outcome IS NULL) = (arr_after IS NULL)),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

-- At most one running term a contract: the one a change acts on.
CREATE UNIQUE INDEX contract_term_running ON contract_term (contract_id) WHERE outcome IS NULL;
-- Period figures read the terms that overlap a period; the forecast reads running terms by their renewal date.
CREATE INDEX contract_term_span ON contract_term (starts_on, ends_on) INCLUDE (account_id, arr);
CREATE INDEX contract_term_due ON contract_term (scheduled_end) WHERE NOT amended;

-- Contracts that exist already get the one term their current state tells of.
INSERT INTO contract_term (id, contract_id, account_id, plan, arr, starts_on, scheduled_end, ends_on, outcome,
                           arr_after, reason)
SELECT gen_random_uuid(), id, account_id, plan, arr, start_date, renewal_date,
       CASE WHEN status <> 'ACTIVE' THEN greatest(start_date, least(renewal_date, CAST(updated_at AS DATE))) END,
       CASE WHEN status <> 'ACTIVE' THEN 'CHURNED' END,
       CASE WHEN status <> 'ACTIVE' THEN 0 END,
       CASE WHEN status <> 'ACTIVE' THEN end_reason END
  FROM contract;
