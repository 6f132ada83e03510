package dev.tandem.account.contract.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.domain.ContractChange;
import dev.tandem.account.contract.domain.ContractTerms;
import dev.tandem.account.contract.repository.ContractRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
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

    public Uni<List<Contract>> list(String accountExternalId) {
        return accounts.requireByExternalId(accountExternalId).chain(account -> contracts.listByAccount(account.id));
    }

    private Uni<Upserted> upsert(
            Account account, String externalId, ContractTerms terms, Contract existing, ChangeLog log) {
        return existing == null ? create(account, externalId, terms, log) : update(account, existing, terms, log);
    }

    private Uni<Upserted> create(Account account, String externalId, ContractTerms terms, ChangeLog log) {
        Contract contract = newContract(account.id, externalId, terms, clock.instant());
        return contracts
                .persist(contract)
                .chain(saved -> announce(account, saved, terms, ContractChange.STARTED, Map.of(), log));
    }

    private Uni<Upserted> update(Account account, Contract contract, ContractTerms terms, ChangeLog log) {
        ContractChange change = ContractChange.between(contract, terms);
        if (change == ContractChange.UNCHANGED) {
            return Uni.createFrom().item(new Upserted(contract, change));
        }
        Map<String, Object> before = applyChange(contract, terms, clock.instant());
        return announce(account, contract, terms, change, before, log);
    }

    private Uni<Upserted> announce(
            Account account,
            Contract contract,
            ContractTerms terms,
            ContractChange change,
            Map<String, Object> before,
            ChangeLog log) {
        return record(contract, change, before, log)
                // Flush so that the account's standing sees this contract as it now is.
                .chain(() -> contracts.flush())
                .chain(() -> termRecorder.follow(contract, terms, change == ContractChange.STARTED))
                .chain(() -> follower.contractsChanged(account, log))
                .replaceWith(new Upserted(contract, change));
    }

    /** A new contract as an upsert makes it, not yet stored. */
    static Contract newContract(UUID accountId, String externalId, ContractTerms terms, Instant now) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.accountId = accountId;
        contract.externalId = externalId;
        terms.applyTo(contract);
        contract.createdAt = now;
        contract.updatedAt = now;
        return contract;
    }

    /**
     * Changes {@code contract} to {@code terms}, which it does not match yet.
     *
     * @return its event-visible fields as they were, for its event
     */
    static Map<String, Object> applyChange(Contract contract, ContractTerms terms, Instant now) {
        Map<String, Object> before = ContractEvents.fields(contract);
        terms.applyTo(contract);
        contract.updatedAt = now;
        return before;
    }

    /** Records {@code change} of {@code contract}: its event and audit entry ({@code before}: empty for a start). */
    static Uni<Void> record(Contract contract, ContractChange change, Map<String, Object> before, ChangeLog log) {
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
                contract.accountId,
                "contract." + change.name().toLowerCase(),
                summary);
    }
}
