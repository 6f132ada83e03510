package dev.tandem.account.contract.domain;

import dev.tandem.events.account.ContractStatus;

/** What an upsert did to a contract, which decides the event other services hear. */
public enum ContractChange {
    STARTED,
    CHANGED,
    RENEWED,
    ENDED,
    UNCHANGED;

    /**
     * Classifies the step from {@code before} to {@code after}: ending wins over everything (a contract that ends is
     * ended, whatever else changed), then a renewal date moved later on a running contract, then any other change.
     */
    public static ContractChange between(Contract before, ContractTerms after) {
        if (after.matches(before)) {
            return UNCHANGED;
        }
        if (before.status == ContractStatus.ACTIVE && after.status() != ContractStatus.ACTIVE) {
            return ENDED;
        }
        if (after.status() == ContractStatus.ACTIVE && after.renewalDate().isAfter(before.renewalDate)) {
            return RENEWED;
        }
        return CHANGED;
    }
}
