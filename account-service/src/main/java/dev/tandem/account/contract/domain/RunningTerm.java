package dev.tandem.account.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The term of a contract that is running now, as the term ledger holds it.
 *
 * @param first whether it is the contract's first term, whose start follows the contract's start date
 */
public record RunningTerm(String plan, BigDecimal arr, LocalDate startsOn, LocalDate scheduledEnd, boolean first) {}
