-- Since when the condition a rule opened a CTA on (a PQL score at the threshold, seats nearly used) has not held; null
-- while it holds. The CTA is resolved once it has been cleared for the rule's period.
ALTER TABLE cta ADD COLUMN condition_cleared_at TIMESTAMPTZ;
