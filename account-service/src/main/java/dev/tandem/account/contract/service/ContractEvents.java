package dev.tandem.account.contract.service;

import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.domain.ContractChange;
import dev.tandem.events.PreviousValues;
import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractEvent;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds the contract event that tells other services what an upsert did. */
final class ContractEvents {

    /** The constructor the four contract events share: the whole contract as it is now, and what it replaced. */
    @FunctionalInterface
    private interface ContractState {
        ContractEvent of(
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
                Instant occurredAt,
                Map<String, Object> previous);
    }

    private ContractEvents() {}

    /**
     * The event for {@code change}; all but a start name in {@code previous} what differs from {@code before}, a
     * {@link #fields} snapshot taken before the change (empty for a new contract).
     */
    static ContractEvent of(ContractChange change, Contract c, Map<String, Object> before) {
        ContractState event = switch (change) {
            // A start replaced nothing, so its event has no previous values.
            case STARTED ->
                (id, account, plan, arr, currency, seats, start, renewal, autoRenew, status, reason, at, previous) ->
                        new ContractStarted(
                                id, account, plan, arr, currency, seats, start, renewal, autoRenew, status, reason, at);
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
                c.updatedAt,
                before.isEmpty() ? Map.of() : PreviousValues.between(before, fields(c)));
    }

    /** The contract's event-visible fields by name, taken before a change so that its event can say what it was. */
    static Map<String, Object> fields(Contract c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("plan", c.plan);
        fields.put("arr", c.arr);
        fields.put("currency", c.currency);
        fields.put("seats", c.seats);
        fields.put("startDate", c.startDate);
        fields.put("renewalDate", c.renewalDate);
        fields.put("autoRenew", c.autoRenew);
        fields.put("status", c.status);
        fields.put("endReason", c.endReason);
        return fields;
    }
}
