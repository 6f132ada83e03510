package dev.tandem.account.contract.service;

import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.contract.repository.ContractRepository;
import dev.tandem.account.contract.repository.ContractTermRepository;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A contract's terms and their outcomes, as {@code TermRecorder} keeps them. */
@ApplicationScoped
public class ContractTermService {

    private final AccountRepository accounts;
    private final ContractRepository contracts;
    private final ContractTermRepository terms;

    public ContractTermService(AccountRepository accounts, ContractRepository contracts, ContractTermRepository terms) {
        this.accounts = accounts;
        this.contracts = contracts;
        this.terms = terms;
    }

    @WithSession
    public Uni<List<ContractTerm>> terms(String accountExternalId, String contractExternalId) {
        return accounts.requireByExternalId(accountExternalId)
                .chain(account -> contracts.findByExternalId(account.id, contractExternalId))
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Contract", contractExternalId))
                .chain(contract -> terms.listByContract(contract.id));
    }
}
