package dev.tandem.account.contract.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.contract.domain.Contract;
import io.smallrye.mutiny.Uni;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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

    /**
     * The same rule for a bulk path that holds its accounts' contracts in memory: what it reads besides them is read
     * now, once, in the JDBC transaction of {@code connection}; blocks.
     */
    InMemory inMemory(Connection connection) throws SQLException;

    /** The rule with what it reads at hand. */
    interface InMemory {

        /** The account's contracts changed; {@code contracts} are all of them as they now are. */
        void contractsChanged(Account account, List<Contract> contracts, Changes.Batch log);
    }
}
