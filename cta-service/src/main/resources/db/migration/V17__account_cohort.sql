-- The account's cohort: the month its customer life began (the first of that month), as account.events carry it, or,
-- until they do, the start month of its first paid contract. Survey campaigns target cohorts and results break down by
-- them. Rows projected before this migration learn theirs from their next account or contract event.
ALTER TABLE account_ref ADD COLUMN cohort DATE;

CREATE INDEX account_ref_cohort ON account_ref (cohort) WHERE cohort IS NOT NULL;
