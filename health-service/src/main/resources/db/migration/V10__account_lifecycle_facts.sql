-- What growth metrics need of an account's life: when it signed up (every account starts on the free or trial plan),
-- when it converted to paid, and its cohort (the month of its first paid contract).
ALTER TABLE account_ref
    ADD COLUMN created_on   DATE,
    ADD COLUMN converted_on DATE,
    ADD COLUMN cohort       TEXT;

CREATE INDEX account_ref_created_on ON account_ref (created_on);
