-- Touch-model bands may be measured in expected LTV instead of ARR. An account's expected LTV is its ARR × gross margin
-- ÷ the annual logo churn rate of its plan (or of the whole book), measured when the bands were set and kept with them,
-- so that a contract change re-segments its account without measuring a year of churn again.
ALTER TABLE touch_model_bands
    ADD COLUMN basis         TEXT NOT NULL DEFAULT 'ARR' CHECK (basis IN ('ARR', 'LTV')),
    ADD COLUMN gross_margin  NUMERIC(5, 4) CHECK (gross_margin BETWEEN 0 AND 1),
    ADD COLUMN measured_on   DATE,
    ADD COLUMN book_starting BIGINT,
    ADD COLUMN book_churned  BIGINT,
    ADD CHECK (basis = 'ARR' OR (gross_margin IS NOT NULL AND measured_on IS NOT NULL
                                 AND 0 < book_churned AND book_churned <= book_starting));

CREATE TABLE touch_model_plan_churn (
    plan     TEXT PRIMARY KEY,
    starting BIGINT NOT NULL,
    churned  BIGINT NOT NULL,
    CHECK (0 <= churned AND churned <= starting)
);
