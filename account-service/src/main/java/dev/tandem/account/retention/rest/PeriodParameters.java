package dev.tandem.account.retention.rest;

import dev.tandem.account.retention.domain.Breakdown;
import dev.tandem.account.retention.domain.Period;
import dev.tandem.platform.http.Days;
import dev.tandem.platform.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the period and breakdowns a request asks for: {@code period} as {@code 2026}, {@code 2026-Q1} or
 * {@code 2026-03}, or {@code from} and {@code to} (days, both included); by default the 365 days ending today.
 */
final class PeriodParameters {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private PeriodParameters() {}

    static Period period(String period, String from, String to, LocalDate today) {
        if (period != null) {
            if (from != null || to != null) {
                throw new InvalidInputException("period", "give either period or from and to, not both");
            }
            return named(period);
        }
        LocalDate end = to == null ? today : day("to", to);
        LocalDate start = from == null ? end.minusDays(364) : day("from", from);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        Period asked = new Period(start, end);
        if (asked.longerThanYears(Period.LONGEST_YEARS)) {
            throw new InvalidInputException("to", "a period may span at most " + Period.LONGEST_YEARS + " years");
        }
        return asked;
    }

    static List<Breakdown> breakdowns(List<String> asked) {
        if (asked.size() > Breakdown.values().length) {
            throw new InvalidInputException("breakdown", "at most " + Breakdown.values().length + " breakdowns");
        }
        return asked.stream()
                .map(name -> Breakdown.byParameter(name)
                        .orElseThrow(() -> new InvalidInputException(
                                "breakdown",
                                "unknown breakdown; one of "
                                        + Arrays.stream(Breakdown.values())
                                                .map(Breakdown::parameter)
                                                .collect(Collectors.joining(", ")))))
                .distinct()
                .toList();
    }

    static LocalDate day(String field, String value) {
        return Days.parse(field, value);
    }

    private static Period named(String period) {
        Matcher quarter = QUARTER.matcher(period);
        try {
            if (YEAR.matcher(period).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(period), 1, 1);
                return new Period(start, start.plusYears(1).minusDays(1));
            }
            if (quarter.matches()) {
                YearMonth first =
                        YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
                return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if (MONTH.matcher(period).matches()) {
                YearMonth month = YearMonth.parse(period);
                return new Period(month.atDay(1), month.atEndOfMonth());
            }
        } catch (DateTimeParseException e) {
            // An impossible month such as 2026-13: the same answer as any other bad shape.
        }
        throw new InvalidInputException("period", "must be a year (2026), a quarter (2026-Q1) or a month (2026-03)");
    }
}
