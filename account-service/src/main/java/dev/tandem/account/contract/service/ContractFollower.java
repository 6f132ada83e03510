package dev.tandem.account.contract.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.audit.service.ChangeLog;
import io.smallrye.mutiny.Uni;

/**
 * What follows from an account's contracts (ARR, next renewal, touch model, lifecycle stage), brought in step after
 * each contract change, inside its transaction. The lifecycle feature reads contracts and implements this, so that
 * contracts need not know the lifecycle.
 */
public interface ContractFollower {

    /**
     * The account's contracts changed; the change is flushed, so reading them sees it. What follows is told through
     * {@code log}, the contract change's own, so that it is audited for the same actor and announced after it.
     */
    Uni<Account> contractsChanged(Account account, ChangeLog log);
}
