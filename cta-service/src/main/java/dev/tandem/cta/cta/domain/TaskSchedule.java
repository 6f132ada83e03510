package dev.tandem.cta.cta.domain;

import java.time.LocalDate;

/**
 * Due dates of playbook tasks: the step's offset counted from the day the CTA was opened. A task is never due after
 * its CTA, so a CTA opened late (a renewal found 60 days out for a 90-day playbook) squeezes its later tasks onto the
 * CTA's due date instead of scheduling them after the renewal.
 */
public final class TaskSchedule {

    private TaskSchedule() {}

    public static LocalDate due(LocalDate openedOn, int offsetDays, LocalDate ctaDue) {
        LocalDate due = openedOn.plusDays(offsetDays);
        return ctaDue != null && due.isAfter(ctaDue) ? ctaDue : due;
    }
}
