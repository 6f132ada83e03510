package dev.tandem.platform.security;

import java.util.Objects;

/**
 * Object-level authorisation by account (issue 8, OWASP API1): a CSM works only the accounts they are CSM of, a
 * cs-admin any. The services hold the account's CSM in their projection of {@code account.events}.
 */
public final class AccountOwnership {

    private AccountOwnership() {}

    /**
     * @param accountCsmId the account's CSM (a Keycloak user id), null when it has none: then only a cs-admin may
     *     change what belongs to it
     */
    public static boolean mayWork(Caller caller, String accountCsmId) {
        return caller.admin() || (accountCsmId != null && Objects.equals(caller.subject(), accountCsmId));
    }
}
