package dev.tandem.account.contract.service;

import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.contract.domain.ContractTerms;
import dev.tandem.account.contract.domain.TermHistory;
import dev.tandem.account.contract.domain.TermStep;
import dev.tandem.account.contract.repository.ContractTermRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Brings a contract's term ledger in step with the state an upsert gave it, in the upsert's transaction. */
@ApplicationScoped
class TermRecorder {

    private final ContractTermRepository terms;
    private final Clock clock;

    TermRecorder(ContractTermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    /** {@code created}: the contract is new in this transaction, so it has no terms yet and they need not be read. */
    Uni<Void> follow(Contract contract, ContractTerms state, boolean created) {
        Uni<List<ContractTerm>> known = created ? Uni.createFrom().item(List.of()) : terms.listByContract(contract.id);
        return known.chain(existing -> {
            TermHistory history = new TermHistory(contract, existing);
            List<TermStep> steps = history.steps(state, LocalDate.now(clock));
            if (steps.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Uni<String> band = TermHistory.recordOutcome(steps)
                    ? terms.currentBand(contract.accountId)
                    : Uni.createFrom().nullItem();
            // The changed terms are flushed before the new ones are stored: a closed term must stop being the running
            // one before the next opens.
            return band.map(atOutcome -> history.apply(steps, atOutcome))
                    .call(applied -> terms.flush())
                    .call(applied -> applied.added().isEmpty()
                            ? Uni.createFrom().voidItem()
                            : terms.persist(applied.added()).chain(() -> terms.flush()))
                    .replaceWithVoid();
        });
    }
}
