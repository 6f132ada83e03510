package dev.tandem.platform.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What every service accepts as text and as a date, wherever it enters: a JSON body, a query parameter, a path. Input
 * outside these bounds is refused with a 400 naming the field, because what is accepted must always be storable and
 * readable back (PostgreSQL refuses NUL in text and years beyond 294276; dates far outside a customer's life are
 * typing errors or probes, never data).
 */
public final class InputBounds {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 9999;

    /** Deep enough for any document the API takes (scorecards, rules, programs), far below what strains a parser. */
    public static final int MAX_JSON_DEPTH = 64;

    private InputBounds() {}

    /** Why a text is refused, or empty when it is fine: control characters other than tab and line breaks. */
    public static Optional<String> refusalOfText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(
                        "must not contain control characters (found U+%04X at position %d)".formatted((int) c, i));
            }
            if (Character.isSurrogate(c) && !pairedSurrogateAt(text, i)) {
                return Optional.of("must not contain an unpaired surrogate (at position %d)".formatted(i));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return Optional.empty();
    }

    /** Why a date or timestamp is refused, or empty when its year lies in the accepted range. */
    public static Optional<String> refusalOfDate(Object temporal) {
        Integer year = yearOf(temporal);
        if (year == null || (year >= EARLIEST_YEAR && year <= LATEST_YEAR)) {
            return Optional.empty();
        }
        return Optional.of("must be a date in the years %d to %d".formatted(EARLIEST_YEAR, LATEST_YEAR));
    }

    private static Integer yearOf(Object temporal) {
        if (temporal instanceof LocalDate date) {
            return date.getYear();
        }
        if (temporal instanceof Instant instant) {
            return yearOf(instant);
        }
        if (temporal instanceof OffsetDateTime dateTime) {
            return dateTime.getYear();
        }
        if (temporal instanceof ZonedDateTime dateTime) {
            return dateTime.getYear();
        }
        if (temporal instanceof LocalDateTime dateTime) {
            return dateTime.getYear();
        }
        return null;
    }

    private static int yearOf(Instant instant) {
        // Outside OffsetDateTime's range the year is certainly out of bounds too.
        if (instant.isBefore(OffsetDateTime.MIN.toInstant()) || instant.isAfter(OffsetDateTime.MAX.toInstant())) {
            return instant.isBefore(Instant.EPOCH) ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return instant.atOffset(ZoneOffset.UTC).getYear();
    }

    private static boolean pairedSurrogateAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
