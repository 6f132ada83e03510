-- The account's CSM (a Keycloak user id), for object-level checks: a CSM changes manual measure values only on the
-- accounts they are CSM of. Filled from AccountCreated/AccountUpdated (which carry it) and CsmAssigned; accounts
-- projected before this column existed get it with their next such event.
ALTER TABLE account_ref ADD COLUMN csm_id TEXT;
