package dev.tandem.account.retention.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Days {@code from} to {@code to}, both included. */
public record Period(LocalDate from, LocalDate to) {

    /** Ten years: enough for any board deck, short enough that a monthly series stays a chart. */
    public static final int LONGEST_YEARS = 10;

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    /** The day whose ARR is the starting ARR: the last day before the period. */
    public LocalDate dayBefore() {
        return from.minusDays(1);
    }

    public boolean longerThanYears(int years) {
        return to.isAfter(from.plusYears(years).minusDays(1));
    }

    /** The calendar months the period touches, each cut to the period. */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            months.add(new Period(start, end));
        }
        return months;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
