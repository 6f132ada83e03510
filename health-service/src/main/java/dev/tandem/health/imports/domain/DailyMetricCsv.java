package dev.tandem.health.imports.domain;

import dev.tandem.health.domain.metric.Metric;
import dev.tandem.platform.problem.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a CSV file of daily metric values (columns {@code account, day, metric, value}, named by the header row in any
 * order) and checks every row: the account a vendor's id, the day an ISO date from 2000 to today, the metric a daily
 * count of the catalogue, the value a whole number from 0 to 1,000,000,000. A good row goes to the sink; a bad one is
 * kept as a {@link RowError} naming its row and column, and the rest go on. Vendors' ids hold no commas or quotes, so a
 * row is its cells split at commas.
 */
public final class DailyMetricCsv {

    /** One good row. */
    public interface Sink {
        void accept(String account, LocalDate day, Metric metric, long value);
    }

    /** What was read: rows (header excluded), how many went to the sink, and the first errors. */
    public record Outcome(int rows, int accepted, int rejected, List<RowError> errors) {}

    static final List<String> COLUMNS = List.of("account", "day", "metric", "value");
    static final long MAX_VALUE = 1_000_000_000L;
    /** More errors than this are counted, not listed: a file that is wrong throughout says so in the first ones. */
    static final int LISTED_ERRORS = 1_000;

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    private static final Map<String, Metric> DAILY =
            Metric.dailyCounts().stream().collect(Collectors.toUnmodifiableMap(Metric::key, Function.identity()));

    private DailyMetricCsv() {}

    /** Reads {@code csv}; 400 naming the header when it does not name the four columns once each. */
    public static Outcome read(String csv, LocalDate today, Sink sink) {
        int end = lineEnd(csv, 0);
        int[] positions = header(csv.substring(0, end).strip());
        int rows = 0;
        int accepted = 0;
        List<RowError> errors = new ArrayList<>();
        int rejected = 0;
        int start = next(csv, end);
        while (start < csv.length()) {
            end = lineEnd(csv, start);
            String line = csv.substring(start, end);
            start = next(csv, end);
            if (line.isBlank()) {
                continue;
            }
            rows++;
            RowError error = row(line, rows + 1, positions, today, sink);
            if (error == null) {
                accepted++;
            } else {
                rejected++;
                if (errors.size() < LISTED_ERRORS) {
                    errors.add(error);
                }
            }
        }
        return new Outcome(rows, accepted, rejected, errors);
    }

    private static RowError row(String line, int number, int[] positions, LocalDate today, Sink sink) {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS.size()) {
            return new RowError(number, null, "has " + cells.length + " cells; the header names 4");
        }
        String account = cells[positions[0]].strip();
        if (!ACCOUNT.matcher(account).matches()) {
            return new RowError(number, "account", "must be 1-128 letters, digits or ._:@-");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(cells[positions[1]].strip());
        } catch (DateTimeException e) {
            return new RowError(number, "day", "must be a date as YYYY-MM-DD");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(today)) {
            return new RowError(number, "day", "must be between " + EARLIEST + " and today, " + today);
        }
        Metric metric = DAILY.get(cells[positions[2]].strip());
        if (metric == null) {
            return new RowError(
                    number,
                    "metric",
                    "must be a daily count: one of "
                            + DAILY.keySet().stream().sorted().toList());
        }
        long value;
        try {
            value = Long.parseLong(cells[positions[3]].strip());
        } catch (NumberFormatException e) {
            return new RowError(number, "value", "must be a whole number");
        }
        if (value < 0 || value > MAX_VALUE) {
            return new RowError(number, "value", "must be between 0 and " + MAX_VALUE);
        }
        sink.accept(account, day, metric, value);
        return null;
    }

    /** Where each of {@link #COLUMNS} stands in a row. */
    private static int[] header(String line) {
        List<String> named =
                Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        int[] positions = new int[COLUMNS.size()];
        boolean fits = named.size() == COLUMNS.size();
        for (int i = 0; i < COLUMNS.size() && fits; i++) {
            positions[i] = named.indexOf(COLUMNS.get(i));
            fits = positions[i] >= 0;
        }
        if (!fits) {
            throw new InvalidInputException(
                    "header", "must name the columns account, day, metric and value once each, in any order");
        }
        return positions;
    }

    private static int lineEnd(String csv, int from) {
        int newline = csv.indexOf('\n', from);
        int end = newline < 0 ? csv.length() : newline;
        return end > from && csv.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int next(String csv, int lineEnd) {
        if (lineEnd < csv.length() && csv.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        return lineEnd + 1;
    }
}
