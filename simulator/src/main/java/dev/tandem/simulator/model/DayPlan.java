package dev.tandem.simulator.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the integrator reports about one simulated day: first the changes to accounts, users and contracts (each
 * account's in order), then the signals.
 *
 * @param history whether the day lies before the signals' window: its signals are what happened, to be reported as
 *     daily metric rows, not sent
 */
public record DayPlan(int day, LocalDate date, boolean history, List<Change> changes, List<SignalDraft> signals) {

    static DayPlan empty(int day, LocalDate date, boolean history) {
        return new DayPlan(day, date, history, new ArrayList<>(), new ArrayList<>());
    }
}
