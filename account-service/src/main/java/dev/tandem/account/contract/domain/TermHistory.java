package dev.tandem.account.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A contract's terms, oldest first, and what an upsert does to them: {@link TermLedger} decides the steps, this applies
 * them to the terms as held, so that a PUT (which then stores them) and a bulk chunk (which holds a contract's terms
 * in memory across its rows) keep the same ledger.
 */
public final class TermHistory {

    /** The order the terms are read in: by start, then id as PostgreSQL orders UUIDs (by their text). */
    private static final Comparator<ContractTerm> OLDEST_FIRST =
            Comparator.comparing((ContractTerm term) -> term.startsOn).thenComparing(term -> term.id.toString());

    private final Contract contract;
    private final List<ContractTerm> terms;

    /** {@code terms}: all the contract's terms, oldest first. */
    public TermHistory(Contract contract, List<ContractTerm> terms) {
        this.contract = contract;
        this.terms = new ArrayList<>(terms);
    }

    /** The terms an upsert to {@code state} changed and added. */
    public record Applied(List<ContractTerm> changed, List<ContractTerm> added) {}

    /** The steps an upsert to {@code state} takes; {@code today} is the day it arrived. */
    public List<TermStep> steps(ContractTerms state, LocalDate today) {
        ContractTerm running = running();
        boolean first = running != null && terms.indexOf(running) == 0;
        return TermLedger.steps(
                state, running == null ? null : running.running(first), !terms.isEmpty(), dayOfChange(state, today));
    }

    /** Whether {@code steps} record an outcome, which notes the account's health band. */
    public static boolean recordOutcome(List<TermStep> steps) {
        return steps.stream().anyMatch(step -> step instanceof TermStep.Close || step instanceof TermStep.Ended);
    }

    /** Applies {@code steps}; {@code band} is the account's health band for an outcome (null for N/A). */
    public Applied apply(List<TermStep> steps, String band) {
        ContractTerm running = running();
        List<ContractTerm> changed = new ArrayList<>();
        List<ContractTerm> added = new ArrayList<>();
        for (TermStep step : steps) {
            if (step instanceof TermStep.Close close) {
                running.endsOn = close.endsOn();
                running.outcome = close.outcome();
                running.arrAfter = close.arrAfter();
                running.reason = close.reason();
                running.amended = close.amended();
                running.bandAtOutcome = band;
                changed.add(running);
            } else if (step instanceof TermStep.Open open) {
                added.add(term(open.plan(), open.arr(), open.startsOn(), open.scheduledEnd()));
            } else if (step instanceof TermStep.Revise revise) {
                running.plan = revise.plan();
                running.arr = revise.arr();
                running.startsOn = revise.startsOn();
                running.scheduledEnd = revise.scheduledEnd();
                changed.add(running);
            } else {
                TermStep.Ended ended = (TermStep.Ended) step;
                ContractTerm term = term(ended.plan(), ended.arr(), ended.startsOn(), ended.scheduledEnd());
                term.endsOn = ended.endsOn();
                term.outcome = TermOutcome.CHURNED;
                term.arrAfter = BigDecimal.ZERO;
                term.reason = ended.reason();
                term.bandAtOutcome = band;
                added.add(term);
            }
        }
        terms.addAll(added);
        terms.sort(OLDEST_FIRST);
        return new Applied(changed, added);
    }

    private ContractTerm running() {
        return terms.stream().filter(term -> term.outcome == null).findFirst().orElse(null);
    }

    /**
     * The day the change took effect: the integrator's date, or today. Never before a term of the contract ended, so a
     * dated change cannot reach back into the terms before the running one.
     */
    private LocalDate dayOfChange(ContractTerms state, LocalDate today) {
        LocalDate on = state.effectiveOn() == null ? today : state.effectiveOn();
        return terms.stream()
                .map(term -> term.endsOn)
                .filter(endsOn -> endsOn != null && endsOn.isAfter(on))
                .max(Comparator.naturalOrder())
                .orElse(on);
    }

    private ContractTerm term(String plan, BigDecimal arr, LocalDate startsOn, LocalDate scheduledEnd) {
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
