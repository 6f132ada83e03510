package dev.tandem.health.score.rest;

import dev.tandem.health.scoring.service.Scorer.Version;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which day a score is asked for, and on which scorecard version: {@code ?asOf=2026-06-30} (today when absent), and
 * {@code &scorecardId=…&version=3} to score on that version instead of the one in force that day.
 */
public class AsOf {

    /** The oldest day scores are computed for: history older than this is imported data, not scores anyone saw. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @QueryParam("asOf")
    String asOf;

    @QueryParam("scorecardId")
    String scorecardId;

    @QueryParam("version")
    String version;

    /** The day, null for today; 400 naming the parameter for a day that is not one or is in the future. */
    LocalDate day(Clock clock) {
        if (asOf == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "must be a day as YYYY-MM-DD");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (day.isAfter(today) || day.isBefore(EARLIEST)) {
            throw new InvalidInputException("asOf", "must be a day from " + EARLIEST + " to today, " + today);
        }
        return day;
    }

    /** The version named, if any; 400 naming the parameter when only one of the two is given or one is malformed. */
    Optional<Version> version() {
        if (scorecardId == null && version == null) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        UUID id = null;
        int number = 0;
        try {
            id = UUID.fromString(String.valueOf(scorecardId));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("scorecardId", "must be a scorecard's id, given with version"));
        }
        try {
            number = Integer.parseInt(String.valueOf(version));
            if (number < 1) {
                errors.add(new FieldError("version", "must be 1 or more"));
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError("version", "must be a version number, given with scorecardId"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Optional.of(new Version(id, number));
    }
}
