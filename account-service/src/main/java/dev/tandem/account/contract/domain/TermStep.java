package dev.tandem.account.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One change to a contract's term ledger, decided by {@link TermLedger}. */
public sealed interface TermStep {

    /** Ends the running term: it counts up to the day before {@code endsOn}. */
    record Close(LocalDate endsOn, TermOutcome outcome, BigDecimal arrAfter, String reason, boolean amended)
            implements TermStep {}

    /** Starts a new running term. */
    record Open(String plan, BigDecimal arr, LocalDate startsOn, LocalDate scheduledEnd) implements TermStep {}

    /** Corrects the running term in place: nothing happened, the facts about it changed. */
    record Revise(String plan, BigDecimal arr, LocalDate startsOn, LocalDate scheduledEnd) implements TermStep {}

    /** Records a term that ended before Tandem heard of it (a contract that arrives ended). */
    record Ended(
            String plan, BigDecimal arr, LocalDate startsOn, LocalDate scheduledEnd, LocalDate endsOn, String reason)
            implements TermStep {}
}
