package dev.tandem.health.history.rest;

import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/score-history/backfills}: the days whose score every account gets, from and to both
 * included.
 */
public record HistoryJobRequest(LocalDate from, LocalDate to) {

    /** Two years: the longest window and look-back of a measure, and then some. */
    static final int MAX_DAYS = 731;

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** 400 naming the field when the range is not one a backfill takes. */
    void check(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required: the first day, as YYYY-MM-DD"));
        } else if (from.isBefore(EARLIEST)) {
            errors.add(new FieldError("from", "must be " + EARLIEST + " or later"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required: the last day, as YYYY-MM-DD"));
        } else if (!to.isBefore(today)) {
            errors.add(new FieldError("to", "must be before today, " + today + ": today's score is the live one"));
        }
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (errors.isEmpty() && ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            errors.add(new FieldError("from", "a backfill covers at most " + MAX_DAYS + " days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
