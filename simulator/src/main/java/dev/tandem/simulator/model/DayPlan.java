package dev.tandem.simulator.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the integrator reports about one simulated day: first the changes to accounts, users and contracts (each
 * account's in order), then the signals.
 */
public record DayPlan(int day, LocalDate date, List<Change> changes, List<SignalDraft> signals) {

    static DayPlan empty(int day, LocalDate date) {
        return new DayPlan(day, date, new ArrayList<>(), new ArrayList<>());
    }
}
