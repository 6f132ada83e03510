package dev.tandem.cta.cta.domain;

import java.util.Objects;

/** Object-level authorisation: a CSM changes only the CTAs they own or the CTAs of accounts they own. */
public final class CtaAccess {

    private CtaAccess() {}

    public static boolean mayChange(Caller caller, String ctaOwnerId, String accountCsmId) {
        return caller.admin()
                || Objects.equals(caller.subject(), ctaOwnerId)
                || (accountCsmId != null && Objects.equals(caller.subject(), accountCsmId));
    }
}
