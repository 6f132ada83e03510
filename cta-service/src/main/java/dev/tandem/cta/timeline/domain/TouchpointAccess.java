package dev.tandem.cta.timeline.domain;

import dev.tandem.platform.security.AccountOwnership;
import dev.tandem.platform.security.Caller;
import java.util.Objects;

/**
 * Object-level authorisation of touchpoints, as for CTAs: a CSM records touchpoints on the accounts they are CSM of,
 * and changes those or the ones they wrote; a cs-admin any. An integrator's client pushes the touchpoints of its
 * systems on any account, as it pushes accounts and users.
 */
public final class TouchpointAccess {

    private TouchpointAccess() {}

    public static boolean mayRecord(Caller caller, String accountCsmId) {
        return caller.client() || AccountOwnership.mayWork(caller, accountCsmId);
    }

    public static boolean mayChange(Caller caller, String authorId, String accountCsmId) {
        return Objects.equals(caller.subject(), authorId) || mayRecord(caller, accountCsmId);
    }
}
