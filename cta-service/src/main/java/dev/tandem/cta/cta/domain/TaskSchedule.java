package dev.tandem.cta.cta.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Due dates of playbook tasks: each step's offset counted from the day the CTA was opened, fitted to the time left
 * before the CTA's due date, the event the playbook prepares (a renewal CTA is due on the renewal date).
 *
 * <p>When the event leaves room for the whole playbook, the offsets stand as written. When it does not (a renewal
 * found 30 days out for an 84-day playbook), the offsets are scaled down to the days left, so the tasks keep their order
 * and spacing in proportion instead of piling up on the last day; steps of different offsets stay on different days
 * while there are days enough. No task is ever due after the event.
 */
public final class TaskSchedule {

    private TaskSchedule() {}

    /**
     * @param offsets each step's days after the opening, in the playbook's order
     * @param event the CTA's due date; null leaves the offsets as they are
     * @return each step's due date, in the order of {@code offsets}
     */
    public static List<LocalDate> dueDates(LocalDate openedOn, List<Integer> offsets, LocalDate event) {
        int last = offsets.stream().mapToInt(Integer::intValue).max().orElse(0);
        long left = event == null ? Long.MAX_VALUE : Math.max(0, ChronoUnit.DAYS.between(openedOn, event));
        if (last <= left) {
            return offsets.stream().map(openedOn::plusDays).toList();
        }
        List<Integer> byOffset = IntStream.range(0, offsets.size())
                .boxed()
                .sorted(Comparator.comparing(offsets::get))
                .toList();
        long[] days = new long[offsets.size()];
        long previousDay = -1;
        int previousOffset = -1;
        for (int i : byOffset) {
            long day = offsets.get(i) * left / last;
            if (offsets.get(i) > previousOffset && day <= previousDay) {
                day = Math.min(left, previousDay + 1);
            }
            days[i] = Math.max(day, Math.max(previousDay, 0));
            previousDay = days[i];
            previousOffset = offsets.get(i);
        }
        List<LocalDate> due = new ArrayList<>();
        for (long day : days) {
            due.add(openedOn.plusDays(day));
        }
        return due;
    }
}
