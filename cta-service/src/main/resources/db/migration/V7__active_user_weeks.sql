-- Who was active in which week (Monday to Sunday, UTC), from signals.raw, for the week-over-week active-user drop.
-- Only the last few weeks matter; the weekly-activity scheduler deletes older ones.
CREATE TABLE active_user_week (
    account_id UUID NOT NULL,
    week_start DATE NOT NULL,
    user_key   TEXT NOT NULL,
    PRIMARY KEY (account_id, week_start, user_key)
);

CREATE INDEX active_user_week_start ON active_user_week (week_start);
