package dev.tandem.cta.account.domain;

import dev.tandem.events.account.ContractEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * An account's cohort: the month its customer life began. account-service sets it when the first paid contract makes
 * the account a customer, but says so only in its next account event (a conversion announces the stage, not the
 * cohort); until then the projection takes it from the first running paid contract it hears of, the same way.
 */
public final class Cohort {

    private Cohort() {}

    /**
     * The cohort a contract event implies for an account that has none yet: the start month of a running paid
     * contract, or the event's month when the contract starts later (account-service dates the conversion "today" then).
     * Empty for a free, ended or undated contract.
     */
    public static Optional<YearMonth> impliedBy(ContractEvent contract) {
        if (!contract.running() || contract.arr() == null || contract.arr().signum() <= 0) {
            return Optional.empty();
        }
        LocalDate start = contract.startDate();
        LocalDate heard =
                contract.occurredAt() == null ? null : LocalDate.ofInstant(contract.occurredAt(), ZoneOffset.UTC);
        if (start == null) {
            return Optional.ofNullable(heard).map(YearMonth::from);
        }
        return Optional.of(YearMonth.from(heard != null && heard.isBefore(start) ? heard : start));
    }

    /** The date a cohort is kept as: its month's first day. */
    public static LocalDate firstDay(YearMonth cohort) {
        return cohort == null ? null : cohort.atDay(1);
    }
}
