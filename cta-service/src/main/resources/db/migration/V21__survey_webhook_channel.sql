-- A campaign reaches people by e-mail or, for in-app surveys, through a signed webhook the vendor's product listens
-- on. The URL is the receiver's secret: whole for cs-admins only.
ALTER TABLE survey_campaign ADD COLUMN channel TEXT NOT NULL DEFAULT 'EMAIL' CHECK (channel IN ('EMAIL', 'WEBHOOK'));
ALTER TABLE survey_campaign ADD COLUMN webhook_url TEXT;
ALTER TABLE survey_campaign ADD CONSTRAINT survey_campaign_webhook_url
    CHECK ((channel = 'WEBHOOK') = (webhook_url IS NOT NULL));

-- An in-app invitation goes out as a delivery of its own kind, on the queue rule webhooks use (signature, retries,
-- address checks), keyed by its invitation so a second hand-over queues nothing.
ALTER TABLE delivery DROP CONSTRAINT delivery_kind_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_kind_check
    CHECK (kind IN ('MESSAGE', 'WEBHOOK', 'NOTIFICATION', 'SURVEY_INVITATION'));
