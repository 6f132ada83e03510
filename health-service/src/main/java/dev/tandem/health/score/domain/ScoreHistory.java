package dev.tandem.health.score.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An account's health over a window: one score a day, every change, and how far the score moved over 7 and 30 days.
 *
 * @param current the score now; null for N/A
 * @param trend7 points gained (or lost, negative) since 7 days ago; null when either end has no score
 */
public record ScoreHistory(
        String account,
        int days,
        Integer current,
        Integer trend7,
        Integer trend30,
        List<Day> daily,
        List<Change> changes) {

    /** The score an account ended a day with (so far, for today). */
    public record Day(LocalDate day, Integer score, String band) {}

    /** One change of the score, as it happened. */
    public record Change(Instant at, Integer score, String band) {}

    /** How far a score moved: null when it had no value at either end, since no score is not a score of zero. */
    public static Integer trend(Integer now, Integer then) {
        return now == null || then == null ? null : now - then;
    }
}
