package dev.tandem.account.contract.service;

import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.domain.ContractChange;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Builds the contract event that tells other services what an upsert did. */
final class ContractEvents {

    /** The shape all four contract events share: the whole contract as it is now. */
    @FunctionalInterface
    private interface ContractState {
        TandemEvent of(
                UUID contractId,
                UUID accountId,
                String plan,
                BigDecimal arr,
                String currency,
                int seats,
                LocalDate startDate,
                LocalDate renewalDate,
                boolean autoRenew,
                ContractStatus status,
                String endReason,
                Instant occurredAt);
    }

    private ContractEvents() {}

    static TandemEvent of(ContractChange change, Contract c) {
        ContractState event = switch (change) {
            case STARTED -> ContractStarted::new;
            case RENEWED -> ContractRenewed::new;
            case ENDED -> ContractEnded::new;
            case CHANGED -> ContractChanged::new;
            case UNCHANGED -> throw new IllegalArgumentException("An unchanged contract announces nothing");
        };
        return event.of(
                c.id,
                c.accountId,
                c.plan,
                c.arr,
                c.currency,
                c.seats,
                c.startDate,
                c.renewalDate,
                c.autoRenew,
                c.status,
                c.endReason,
                c.updatedAt);
    }
}
