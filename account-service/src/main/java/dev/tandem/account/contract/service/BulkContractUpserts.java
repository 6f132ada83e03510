package dev.tandem.account.contract.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.repository.AccountTable;
import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.domain.ContractChange;
import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.contract.domain.TermHistory;
import dev.tandem.account.contract.domain.TermStep;
import dev.tandem.account.contract.repository.ContractTable;
import dev.tandem.account.contract.repository.ContractTermTable;
import dev.tandem.account.contract.service.ContractService.BatchUpsert;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.profile.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bulk import's path for contracts: a chunk of upserts applied as {@link ContractService#upsert} would apply them
 * one after another (a later row may repeat an earlier one's contract), with the same events in the same order, the
 * same audit entries, the same term ledger and the same standing of their accounts, but over JDBC: one locking read
 * each for the accounts and their contracts, one read for those contracts' terms and one for the accounts' health
 * bands; the changes made in memory; then the contracts, the terms and the accounts' standing written by set, and the
 * events and audit entries by COPY. Blocks.
 */
@ApplicationScoped
public class BulkContractUpserts {

    private final AccountTable accounts;
    private final ContractTable contracts;
    private final ContractTermTable terms;
    private final ContractFollower follower;
    private final Changes changes;
    private final Clock clock;

    public BulkContractUpserts(
            AccountTable accounts,
            ContractTable contracts,
            ContractTermTable terms,
            ContractFollower follower,
            Changes changes,
            Clock clock) {
        this.accounts = accounts;
        this.contracts = contracts;
        this.terms = terms;
        this.follower = follower;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Upserts {@code batch} in the JDBC transaction of {@code connection}, audited for {@code actor}.
     *
     * @return what was wrong with the items that were not applied, by their index in {@code batch}
     */
    public Map<Integer, FieldError> upsertAll(Connection connection, List<BatchUpsert> batch, Actor actor)
            throws SQLException {
        Stage stage = Stage.begin("lock read");
        Map<String, Account> byExternalId = accounts.lockByExternalIds(
                connection, batch.stream().map(BatchUpsert::accountExternalId).toList());
        List<UUID> accountIds = byExternalId.values().stream().map(a -> a.id).toList();
        Map<UUID, List<Contract>> byAccount = contracts.lockByAccounts(connection, accountIds);
        Held held = new Held(
                terms.byContracts(
                        connection,
                        byAccount.values().stream()
                                .flatMap(List::stream)
                                .map(c -> c.id)
                                .toList()),
                terms.currentBands(connection, accountIds));
        ContractFollower.InMemory standing = follower.inMemory(connection);
        stage = stage.next("decide in memory");
        Changes.Batch log = changes.batch(actor);
        Map<Integer, FieldError> rejected = new HashMap<>();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (int index = 0; index < batch.size(); index++) {
            BatchUpsert item = batch.get(index);
            Account account = byExternalId.get(item.accountExternalId());
            if (account == null) {
                rejected.put(index, new FieldError("accountExternalId", "no account with this id"));
                continue;
            }
            List<Contract> all = byAccount.computeIfAbsent(account.id, id -> new ArrayList<>());
            Contract contract = all.stream()
                    .filter(c -> c.externalId.equals(item.externalId()))
                    .findFirst()
                    .orElse(null);
            ContractChange change;
            Map<String, Object> before;
            if (contract == null) {
                contract = ContractService.newContract(account.id, item.externalId(), item.terms(), now);
                all.add(contract);
                change = ContractChange.STARTED;
                before = Map.of();
            } else {
                change = ContractChange.between(contract, item.terms());
                if (change == ContractChange.UNCHANGED) {
                    continue;
                }
                before = ContractService.applyChange(contract, item.terms(), now);
            }
            // A batch log holds what it is told at once: there is nothing to wait for.
            ContractService.record(contract, change, before, log);
            held.contractChanged(contract, item, today);
            standing.contractsChanged(account, all, log);
            held.accounts.put(account.id, account);
        }
        stage.done();
        contracts.upsertAll(connection, held.contracts.values());
        terms.write(connection, held.changedTerms.values(), held.addedTerms.values());
        accounts.updateStanding(connection, held.accounts.values());
        log.flush(connection);
        return rejected;
    }

    /** What the chunk read and what it changed so far, to be written at its end. */
    private static final class Held {

        final Map<UUID, Contract> contracts = new LinkedHashMap<>();
        final Map<UUID, Account> accounts = new LinkedHashMap<>();
        final Map<UUID, ContractTerm> changedTerms = new LinkedHashMap<>();
        final Map<UUID, ContractTerm> addedTerms = new LinkedHashMap<>();
        private final Map<UUID, List<ContractTerm>> termsByContract;
        private final Map<UUID, TermHistory> histories = new HashMap<>();
        private final Map<UUID, String> bands;

        Held(Map<UUID, List<ContractTerm>> termsByContract, Map<UUID, String> bands) {
            this.termsByContract = termsByContract;
            this.bands = bands;
        }

        /** Notes the contract's change and brings its term ledger in step, as the PUT's {@code TermRecorder} does. */
        void contractChanged(Contract contract, BatchUpsert item, LocalDate today) {
            contracts.put(contract.id, contract);
            TermHistory history = histories.computeIfAbsent(
                    contract.id, id -> new TermHistory(contract, termsByContract.getOrDefault(id, List.of())));
            List<TermStep> steps = history.steps(item.terms(), today);
            TermHistory.Applied applied = history.apply(steps, bands.get(contract.accountId));
            // A term added by an earlier row of the chunk is still to be inserted, as it now is.
            applied.changed().stream()
                    .filter(term -> !addedTerms.containsKey(term.id))
                    .forEach(term -> changedTerms.put(term.id, term));
            applied.added().forEach(term -> addedTerms.put(term.id, term));
        }
    }
}
