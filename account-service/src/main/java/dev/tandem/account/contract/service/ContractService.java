package dev.tandem.account.contract.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.domain.ContractChange;
import dev.tandem.account.contract.domain.ContractTerms;
import dev.tandem.account.contract.repository.ContractRepository;
import dev.tandem.platform.problem.FieldError;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Contracts as integrators push them from billing: idempotent upserts by the vendor's contract id. Each real change
 * is announced once, and the account's ARR, touch model and lifecycle stage follow in the same transaction.
 */
@ApplicationScoped
public class ContractService {

    private final AccountRepository accounts;
    private final ContractRepository contracts;
    private final ContractFollower follower;
    private final Changes changes;
    private final TermRecorder termRecorder;
    private final Clock clock;

    public ContractService(
            AccountRepository accounts,
            ContractRepository contracts,
            ContractFollower follower,
            Changes changes,
            TermRecorder termRecorder,
            Clock clock) {
        this.accounts = accounts;
        this.contracts = contracts;
        this.follower = follower;
        this.changes = changes;
        this.termRecorder = termRecorder;
        this.clock = clock;
    }

    /** The contract after the upsert, and what the upsert did to it. */
    public record Upserted(Contract contract, ContractChange change) {}

    @WithTransaction
    public Uni<Upserted> upsert(String accountExternalId, String contractExternalId, ContractTerms terms) {
        return accounts.requireByExternalId(accountExternalId)
                .chain(account -> contracts
                        .findByExternalId(account.id, contractExternalId)
                        .chain(existing -> upsert(account, contractExternalId, terms, existing, changes)));
    }

    /** One contract of a batch: the vendor's ids and the terms the vendor states. */
    public record BatchUpsert(String accountExternalId, String externalId, ContractTerms terms) {}

    /**
     * Upserts a batch of contracts in the current transaction, as {@link #upsert} would one by one: the bulk import's
     * path. Each contract moves its account's standing, whose events must follow the contract's, so they are applied and
     * announced one after another. Changes are audited for {@code actor}.
     *
     * @return what was wrong with the items that were not applied, by their index in {@code batch}
     */
    public Uni<Map<Integer, FieldError>> upsertAll(List<BatchUpsert> batch, Actor actor) {
        // Events and audit entries are held and written at the end with a statement or two, in the order recorded.
        Changes.Batch log = changes.batch(actor);
        List<String> accountIds =
                batch.stream().map(BatchUpsert::accountExternalId).toList();
        return accounts.byExternalIds(accountIds)
                .chain(accountsById -> contracts
                        .listByAccounts(accountsById.values().stream()
                                .map(account -> account.id)
                                .toList())
                        .chain(known -> upsertAll(batch, accountsById, ContractKey.index(known), log)))
                .call(() -> log.flush());
    }

    /** A contract as the vendor names it: the account's id and the vendor's contract id. */
    private record ContractKey(UUID accountId, String externalId) {

        static Map<ContractKey, Contract> index(List<Contract> contracts) {
            Map<ContractKey, Contract> byKey = new HashMap<>();
            contracts.forEach(
                    contract -> byKey.put(new ContractKey(contract.accountId, contract.externalId), contract));
            return byKey;
        }
    }

    private Uni<Map<Integer, FieldError>> upsertAll(
            List<BatchUpsert> batch,
            Map<String, Account> accountsById,
            Map<ContractKey, Contract> known,
            ChangeLog log) {
        Map<Integer, FieldError> rejected = new HashMap<>();
        return Multi.createFrom()
                .range(0, batch.size())
                .onItem()
                .transformToUniAndConcatenate(index -> {
                    BatchUpsert item = batch.get(index);
                    Account account = accountsById.get(item.accountExternalId());
                    if (account == null) {
                        rejected.put(index, new FieldError("accountExternalId", "no account with this id"));
                        return Uni.createFrom().voidItem();
                    }
                    ContractKey key = new ContractKey(account.id, item.externalId());
                    // A file may name a contract twice: the second row updates what the first created.
                    return upsert(account, item.externalId(), item.terms(), known.get(key), log)
                            .invoke(upserted -> known.put(key, upserted.contract()))
                            .replaceWithVoid();
                })
                .collect()
                .last()
                .replaceWith(rejected);
    }

    public Uni<List<Contract>> list(String accountExternalId) {
        return accounts.requireByExternalId(accountExternalId).chain(account -> contracts.listByAccount(account.id));
    }

    private Uni<Upserted> upsert(
            Account account, String externalId, ContractTerms terms, Contract existing, ChangeLog log) {
        return existing == null ? create(account, externalId, terms, log) : update(account, existing, terms, log);
    }

    private Uni<Upserted> create(Account account, String externalId, ContractTerms terms, ChangeLog log) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.accountId = account.id;
        contract.externalId = externalId;
        terms.applyTo(contract);
        contract.createdAt = clock.instant();
        contract.updatedAt = contract.createdAt;
        return contracts
                .persist(contract)
                .chain(saved -> announce(account, saved, terms, ContractChange.STARTED, Map.of(), log));
    }

    private Uni<Upserted> update(Account account, Contract contract, ContractTerms terms, ChangeLog log) {
        ContractChange change = ContractChange.between(contract, terms);
        if (change == ContractChange.UNCHANGED) {
            return Uni.createFrom().item(new Upserted(contract, change));
        }
        Map<String, Object> before = ContractEvents.fields(contract);
        terms.applyTo(contract);
        contract.updatedAt = clock.instant();
        return announce(account, contract, terms, change, before, log);
    }

    private Uni<Upserted> announce(
            Account account,
            Contract contract,
            ContractTerms terms,
            ContractChange change,
            Map<String, Object> before,
            ChangeLog log) {
        String summary = "contract %s %s: %s %s ARR, %d seats, renews %s"
                .formatted(
                        contract.externalId,
                        change.name().toLowerCase(),
                        contract.arr.toPlainString(),
                        contract.currency,
                        contract.seats,
                        contract.renewalDate);
        return log.record(
                        ContractEvents.of(change, contract, before),
                        account.id,
                        "contract." + change.name().toLowerCase(),
                        summary)
                // Flush so that the account's standing sees this contract as it now is.
                .chain(() -> contracts.flush())
                .chain(() -> termRecorder.follow(contract, terms, change == ContractChange.STARTED))
                .chain(() -> follower.contractsChanged(account, log))
                .replaceWith(new Upserted(contract, change));
    }
}
