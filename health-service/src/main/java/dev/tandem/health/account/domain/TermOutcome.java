package dev.tandem.health.account.domain;

import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractEvent;
import dev.tandem.events.account.ContractRenewed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * How one contract term ended, read from the contract event that ended it: a renewal is RENEWED, EXPANDED (at a higher
 * ARR) or CONTRACTED (at a lower one) on the day the old term ended; an end or a cancellation is CHURNED, with the
 * integrator's reason code, on the day the contract stopped running. Starts and ordinary changes end no term.
 *
 * @param on the day the term ended
 * @param arrBefore the ARR of the term that ended, when known
 * @param arrAfter the ARR of the new term; null for a churn
 * @param reason the reason code sent with an end, or null
 */
public record TermOutcome(
        UUID contractId,
        UUID accountId,
        LocalDate on,
        Kind kind,
        BigDecimal arrBefore,
        BigDecimal arrAfter,
        String reason) {

    /** What became of a term. Every kind but CHURNED keeps the customer. */
    public enum Kind {
        RENEWED,
        EXPANDED,
        CONTRACTED,
        CHURNED;

        public boolean retained() {
            return this != CHURNED;
        }
    }

    /** The longest reason code kept; longer ones are cut, since the code is a label, not a story. */
    static final int MAX_REASON = 100;

    /** The outcome {@code event} records, if it ends a term. */
    public static Optional<TermOutcome> of(ContractEvent event) {
        LocalDate happened = LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        if (event instanceof ContractRenewed renewed) {
            BigDecimal before = decimal(renewed.previous().get("arr")).orElse(renewed.arr());
            LocalDate termEnd = day(renewed.previous().get("renewalDate")).orElse(happened);
            return Optional.of(new TermOutcome(
                    renewed.contractId(),
                    renewed.accountId(),
                    termEnd,
                    renewalKind(before, renewed.arr()),
                    before,
                    renewed.arr(),
                    null));
        }
        if (event instanceof ContractEnded ended) {
            return Optional.of(new TermOutcome(
                    ended.contractId(),
                    ended.accountId(),
                    endDay(ended, happened),
                    Kind.CHURNED,
                    ended.arr(),
                    null,
                    reason(ended.endReason())));
        }
        return Optional.empty();
    }

    /**
     * A contract that ran to its renewal date ended then, even when the end is recorded later (an import of past
     * contracts); one cancelled before it ended the day the event says.
     */
    private static LocalDate endDay(ContractEnded ended, LocalDate happened) {
        LocalDate renewal = ended.renewalDate();
        return renewal != null && renewal.isBefore(happened) ? renewal : happened;
    }

    private static Kind renewalKind(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return Kind.RENEWED;
        }
        int compared = after.compareTo(before);
        return compared > 0 ? Kind.EXPANDED : compared < 0 ? Kind.CONTRACTED : Kind.RENEWED;
    }

    private static String reason(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.strip();
        return trimmed.length() > MAX_REASON ? trimmed.substring(0, MAX_REASON) : trimmed;
    }

    /** A previous value as the event carries it: a number in memory, text or a number once read from JSON. */
    private static Optional<BigDecimal> decimal(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        try {
            return Optional.of(LocalDate.parse(value.toString()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
