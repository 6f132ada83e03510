package dev.tandem.account.contract.service;

import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.contract.domain.ContractTerms;
import dev.tandem.account.contract.domain.TermLedger;
import dev.tandem.account.contract.domain.TermOutcome;
import dev.tandem.account.contract.domain.TermStep;
import dev.tandem.account.contract.repository.ContractTermRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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
            ContractTerm running = existing.stream()
                    .filter(term -> term.outcome == null)
                    .findFirst()
                    .orElse(null);
            boolean first = running != null && existing.indexOf(running) == 0;
            LocalDate on = dayOfChange(state, existing);
            List<TermStep> steps =
                    TermLedger.steps(state, running == null ? null : running.running(first), !existing.isEmpty(), on);
            // One step after the other, flushed: a closed term must stop being the running one before the next opens.
            return Multi.createFrom()
                    .iterable(steps)
                    .onItem()
                    .transformToUniAndConcatenate(
                            step -> apply(contract, running, step).chain(() -> terms.flush()))
                    .collect()
                    .last()
                    .replaceWithVoid();
        });
    }

    /**
     * The day the change took effect: the integrator's date, or today. Never before a term of the contract ended, so a
     * dated change cannot reach back into the terms before the running one.
     */
    private LocalDate dayOfChange(ContractTerms state, List<ContractTerm> existing) {
        LocalDate on = state.effectiveOn() == null ? LocalDate.now(clock) : state.effectiveOn();
        return existing.stream()
                .map(term -> term.endsOn)
                .filter(endsOn -> endsOn != null && endsOn.isAfter(on))
                .max(Comparator.naturalOrder())
                .orElse(on);
    }

    private Uni<Void> apply(Contract contract, ContractTerm running, TermStep step) {
        if (step instanceof TermStep.Close close) {
            return terms.currentBand(contract.accountId)
                    .invoke(band -> {
                        running.endsOn = close.endsOn();
                        running.outcome = close.outcome();
                        running.arrAfter = close.arrAfter();
                        running.reason = close.reason();
                        running.amended = close.amended();
                        running.bandAtOutcome = band;
                    })
                    .replaceWithVoid();
        }
        if (step instanceof TermStep.Open open) {
            return terms.persist(term(contract, open.plan(), open.arr(), open.startsOn(), open.scheduledEnd()))
                    .replaceWithVoid();
        }
        if (step instanceof TermStep.Revise revise) {
            running.plan = revise.plan();
            running.arr = revise.arr();
            running.startsOn = revise.startsOn();
            running.scheduledEnd = revise.scheduledEnd();
            return Uni.createFrom().voidItem();
        }
        TermStep.Ended ended = (TermStep.Ended) step;
        return terms.currentBand(contract.accountId).chain(band -> {
            ContractTerm term = term(contract, ended.plan(), ended.arr(), ended.startsOn(), ended.scheduledEnd());
            term.endsOn = ended.endsOn();
            term.outcome = TermOutcome.CHURNED;
            term.arrAfter = BigDecimal.ZERO;
            term.reason = ended.reason();
            term.bandAtOutcome = band;
            return terms.persist(term).replaceWithVoid();
        });
    }

    private static ContractTerm term(
            Contract contract, String plan, BigDecimal arr, LocalDate startsOn, LocalDate scheduledEnd) {
        ContractTerm term = new ContractTerm();
        term.id = UUID.randomUUID();
        term.contractId = contract.id;
        term.accountId = contract.accountId;
        term.plan = plan;
        term.arr = arr;
        term.startsOn = startsOn;
        term.scheduledEnd = scheduledEnd;
        return term;
    }
}
