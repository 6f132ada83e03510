package dev.tandem.account.contract.domain;

import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Keeps a contract's history as terms of constant ARR, from the states integrators push. Integrators state only what a
 * contract is now; this decides what the step from the running term to that state was:
 *
 * <ul>
 *   <li>a renewal date moved past the running term's: the term ends on its scheduled day RENEWED, EXPANDED or
 *       CONTRACTED (by the new ARR), and the next term runs from there;
 *   <li>the contract ended or was cancelled: the term ends CHURNED on the day of the change, or on its scheduled day if
 *       that came first;
 *   <li>the ARR changed mid-term: the term is cut on the day of the change (amended, so not due for renewal) and the
 *       rest runs at the new ARR; on or before the day the term began it is a correction, not a change;
 *   <li>anything else (plan, renewal date earlier, start date of the first term) corrects the running term.
 * </ul>
 *
 * The day of the change is the day the push arrives, unless the integrator dates it ({@code effectiveDate}); it never
 * falls before the running term began, so a late-dated change cannot rewrite earlier terms.
 */
public final class TermLedger {

    private TermLedger() {}

    /**
     * @param running the contract's running term; null when it has none (new, or ended)
     * @param hadTerms whether the contract has any term, running or ended
     * @param today the day of the change: the day it arrived, or the one the integrator gave
     */
    public static List<TermStep> steps(ContractTerms after, RunningTerm running, boolean hadTerms, LocalDate today) {
        boolean active = after.status() == ContractStatus.ACTIVE;
        if (running == null) {
            return active
                    ? List.of(open(after, hadTerms, today))
                    : hadTerms ? List.of() : List.of(arrivedEnded(after, today));
        }
        if (!active) {
            LocalDate endsOn = latest(running.startsOn(), earliest(today, running.scheduledEnd()));
            return List.of(new TermStep.Close(endsOn, TermOutcome.CHURNED, BigDecimal.ZERO, after.endReason(), false));
        }
        if (after.renewalDate().isAfter(running.scheduledEnd())) {
            // A term cut and reopened after its renewal date (amended while overdue) renews on the day it began.
            LocalDate renewedOn = latest(running.startsOn(), running.scheduledEnd());
            return List.of(
                    new TermStep.Close(
                            renewedOn, TermOutcome.continuing(running.arr(), after.arr()), after.arr(), null, false),
                    new TermStep.Open(after.plan(), after.arr(), renewedOn, after.renewalDate()));
        }
        LocalDate startsOn = running.first() ? after.startDate() : running.startsOn();
        if (after.arr().compareTo(running.arr()) != 0 && today.isAfter(startsOn)) {
            return List.of(
                    new TermStep.Close(
                            today, TermOutcome.continuing(running.arr(), after.arr()), after.arr(), null, true),
                    new TermStep.Open(after.plan(), after.arr(), today, after.renewalDate()));
        }
        TermStep.Revise revised = new TermStep.Revise(after.plan(), after.arr(), startsOn, after.renewalDate());
        return sameAs(revised, running) ? List.of() : List.of(revised);
    }

    /** A new contract's first term, or the term of a contract that comes back after it ended (from today). */
    private static TermStep open(ContractTerms after, boolean hadTerms, LocalDate today) {
        LocalDate startsOn = hadTerms ? latest(after.startDate(), today) : after.startDate();
        return new TermStep.Open(after.plan(), after.arr(), startsOn, after.renewalDate());
    }

    private static TermStep arrivedEnded(ContractTerms after, LocalDate today) {
        LocalDate endsOn = latest(after.startDate(), earliest(today, after.renewalDate()));
        return new TermStep.Ended(
                after.plan(), after.arr(), after.startDate(), after.renewalDate(), endsOn, after.endReason());
    }

    private static boolean sameAs(TermStep.Revise revised, RunningTerm running) {
        return Objects.equals(revised.plan(), running.plan())
                && revised.arr().compareTo(running.arr()) == 0
                && revised.startsOn().equals(running.startsOn())
                && revised.scheduledEnd().equals(running.scheduledEnd());
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
