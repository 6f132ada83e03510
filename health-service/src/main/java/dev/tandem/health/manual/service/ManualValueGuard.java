package dev.tandem.health.manual.service;

import dev.tandem.health.account.repository.AccountOwners;
import dev.tandem.platform.problem.NotAllowedException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.AccountOwnership;
import dev.tandem.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Object-level check of manual measure changes: a CSM changes the values only of accounts they are CSM of, a cs-admin
 * of any account.
 *
 * <p>Another CSM's account is refused with 403, not hidden behind a 404: every CSM and viewer may read every account's
 * health and manual values, so its existence is no secret, and 403 tells the CSM what is wrong. An account the
 * projection does not know (account-service has not announced it yet, or it was erased) has no CSM to compare with: a
 * CSM gets 404 for it, a cs-admin may set values anyway, as manual values are keyed by the vendor's account id like
 * signals, which count before the account is known.
 */
@ApplicationScoped
public class ManualValueGuard {

    private final AccountOwners owners;

    public ManualValueGuard(AccountOwners owners) {
        this.owners = owners;
    }

    /** Fails with 404 or 403 unless {@code caller} may change the manual values of {@code account}. */
    public Uni<Void> requireWorkable(String account, Caller caller) {
        if (caller.admin()) {
            return Uni.createFrom().voidItem();
        }
        return owners.of(account)
                .invoke(owner -> {
                    if (owner == null) {
                        throw new NotFoundException("Account", account);
                    }
                    if (!AccountOwnership.mayWork(caller, owner.csmId())) {
                        throw new NotAllowedException("Account " + account + " is not one you are CSM of; its CSM or"
                                + " a cs-admin may change its manual measures.");
                    }
                })
                .replaceWithVoid();
    }
}
