package dev.tandem.account.lifecycle.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the lifecycle needs to know of one contract.
 *
 * @param active the contract runs (status ACTIVE), whatever its dates say
 */
public record ContractFacts(boolean active, BigDecimal arr, LocalDate startDate, LocalDate renewalDate) {

    /** A paying contract that has begun by {@code today}. */
    boolean paidAndStarted(LocalDate today) {
        return active && arr.signum() > 0 && !startDate.isAfter(today);
    }
}
