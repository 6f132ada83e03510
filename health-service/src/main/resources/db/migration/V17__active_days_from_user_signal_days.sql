-- Who was active on which day is read from user_signal_day from now on: a row with last_seen_at set is a day with
-- product use, which is what user_day held. Every signal naming a user wrote both; now it writes one row fewer.

-- Days from before user_signal_day existed are carried over as days with product use. Their hour was not kept, so the
-- day's start stands for it.
INSERT INTO user_signal_day (account_external_id, user_id, day, last_seen_at)
SELECT account_external_id, user_id, day, CAST(day AS timestamp) AT TIME ZONE 'UTC'
  FROM user_day
ON CONFLICT (account_external_id, user_id, day)
    DO UPDATE SET last_seen_at = coalesce(user_signal_day.last_seen_at, excluded.last_seen_at);

DROP TABLE user_day;

-- Keyed by the day after the account, as user_day was: counting an account's active users over a window reads that
-- window's rows, not the account's whole history. One user's days are read within the account's window too.
ALTER TABLE user_signal_day DROP CONSTRAINT user_signal_day_pkey;
ALTER TABLE user_signal_day ADD PRIMARY KEY (account_external_id, day, user_id);
