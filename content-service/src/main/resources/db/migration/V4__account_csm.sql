-- The account's CSM (a Keycloak user id), for object-level checks: a CSM enrolls only the accounts they are CSM of in
-- premium programs. Filled from AccountCreated/AccountUpdated (which carry it) and CsmAssigned; accounts projected
-- before this column existed get it with their next such event.
ALTER TABLE account_ref ADD COLUMN csm_id TEXT;
