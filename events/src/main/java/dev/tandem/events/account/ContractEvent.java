package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What every contract event carries: the whole state of one contract after what happened to it. The four types say
 * what happened (started, changed, renewed, ended); a consumer that keeps a copy of contracts reads them all alike, and
 * only one that cares what happened tells them apart.
 */
public sealed interface ContractEvent extends TandemEvent
        permits ContractStarted, ContractChanged, ContractRenewed, ContractEnded {

    UUID contractId();

    UUID accountId();

    String plan();

    BigDecimal arr();

    String currency();

    int seats();

    LocalDate startDate();

    LocalDate renewalDate();

    boolean autoRenew();

    ContractStatus status();

    String endReason();

    Instant occurredAt();

    /** Each field the event altered with its value before it; empty for a contract that just started. */
    Map<String, Object> previous();

    /** Whether the contract runs after this event: ACTIVE, not ended, cancelled or expired. */
    default boolean running() {
        return status() == ContractStatus.ACTIVE;
    }

    @Override
    default String subject() {
        return accountId().toString();
    }
}
