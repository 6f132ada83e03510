package dev.tandem.platform.http;

import dev.tandem.platform.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day a client names as text (a query parameter a resource reads itself), parsed and held to {@link InputBounds}. */
public final class Days {

    private Days() {}

    /** The day {@code value} names, or a 400 naming {@code field}: not a date, or outside the accepted years. */
    public static LocalDate parse(String field, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as YYYY-MM-DD");
        }
        InputBounds.refusalOfDate(day).ifPresent(reason -> {
            throw new InvalidInputException(field, reason);
        });
        return day;
    }
}
