package dev.tandem.account.lifecycle.domain;

import dev.tandem.events.account.LifecycleStage;
import java.time.LocalDate;
import java.util.List;

/**
 * The lifecycle rules that follow from an account's contracts:
 *
 * <ul>
 *   <li>FREE or TRIAL becomes ONBOARDING when the first paid contract starts (and so does CHURNED, winning it back);
 *   <li>ADOPTION becomes RENEWAL inside the renewal window before the next renewal date, and RENEWAL goes back to
 *       ADOPTION once the contract is renewed past the window;
 *   <li>a paying stage becomes CHURNED when no contract runs any more.
 * </ul>
 *
 * ONBOARDING ends by the onboarding program's outcome, not by contracts: see {@link #onboardingEnded}.
 */
public final class Lifecycle {

    private final int renewalWindowDays;

    public Lifecycle(int renewalWindowDays) {
        if (renewalWindowDays < 0) {
            throw new IllegalArgumentException("The renewal window must not be negative");
        }
        this.renewalWindowDays = renewalWindowDays;
    }

    public LifecycleStage next(LifecycleStage current, List<ContractFacts> contracts, LocalDate today) {
        boolean paying = contracts.stream().anyMatch(contract -> contract.paidAndStarted(today));
        return switch (current) {
            case FREE, TRIAL, CHURNED -> paying ? LifecycleStage.ONBOARDING : current;
            case ONBOARDING -> paying ? current : LifecycleStage.CHURNED;
            case ADOPTION, RENEWAL -> {
                if (!paying) {
                    yield LifecycleStage.CHURNED;
                }
                yield renewalDue(contracts, today) ? LifecycleStage.RENEWAL : LifecycleStage.ADOPTION;
            }
        };
    }

    /**
     * The stage after the account's onboarding program ended, succeeded or failed and proceeding: ADOPTION, or
     * RENEWAL straight away if the renewal is already near. Only an onboarding account moves, so a late or repeated
     * outcome changes nothing.
     */
    public LifecycleStage onboardingEnded(LifecycleStage current, List<ContractFacts> contracts, LocalDate today) {
        return current == LifecycleStage.ONBOARDING ? next(LifecycleStage.ADOPTION, contracts, today) : current;
    }

    private boolean renewalDue(List<ContractFacts> contracts, LocalDate today) {
        LocalDate windowEnd = today.plusDays(renewalWindowDays);
        return contracts.stream()
                .filter(contract -> contract.paidAndStarted(today))
                .anyMatch(contract -> !contract.renewalDate().isAfter(windowEnd));
    }
}
