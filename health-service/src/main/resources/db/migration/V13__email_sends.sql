-- Emails sent: integrators say so with a custom signal named email_sent, the denominator of the open rate.
ALTER TABLE account_day ADD COLUMN emails_sent BIGINT NOT NULL DEFAULT 0;
