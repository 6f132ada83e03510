-- Erasure (GDPR Art. 17): personal data is removed, the rows stay so that counts and history still add up.
ALTER TABLE end_user ADD COLUMN erased_at TIMESTAMPTZ;
ALTER TABLE account ADD COLUMN erased_at TIMESTAMPTZ;
