package dev.tandem.health.scoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/** The days from {@code from} to {@code to}, both included, for which scores are computed. */
public record DayRange(LocalDate from, LocalDate to) {

    public DayRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range of days ends on or after its start: " + from + " to " + to);
        }
    }

    public static DayRange of(LocalDate day) {
        return new DayRange(day, day);
    }

    public int length() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The day's position in the range, from 0. */
    public int indexOf(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    public List<LocalDate> days() {
        return Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(1))
                .toList();
    }
}
