package dev.tandem.cta.cta.domain;

import dev.tandem.platform.security.AccountOwnership;
import dev.tandem.platform.security.Caller;
import java.util.Objects;

/** Object-level authorisation: a CSM changes only the CTAs they own or the CTAs of accounts they own. */
public final class CtaAccess {

    private CtaAccess() {}

    public static boolean mayChange(Caller caller, String ctaOwnerId, String accountCsmId) {
        return Objects.equals(caller.subject(), ctaOwnerId) || AccountOwnership.mayWork(caller, accountCsmId);
    }

    /**
     * Property level: who a caller may name as the owner of a CTA they open. A CSM names themselves, or anyone on an
     * account they are CSM of (whose CTAs they could reassign anyway); a cs-admin names anyone.
     */
    public static boolean mayNameOwner(Caller caller, String ownerId, String accountCsmId) {
        return Objects.equals(caller.subject(), ownerId) || AccountOwnership.mayWork(caller, accountCsmId);
    }
}
