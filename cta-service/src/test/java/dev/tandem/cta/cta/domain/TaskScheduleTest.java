package dev.tandem.cta.cta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskScheduleTest {

    private static final LocalDate OPENED = LocalDate.parse("2026-11-20");
    /** The built-in renewal preparation playbook. */
    private static final List<Integer> RENEWAL = List.of(0, 7, 21, 28, 35, 42, 56, 84);

    @Test
    void renewalTasksSpreadAcrossTheHundredDaysBeforeTheRenewal() {
        LocalDate renewal = OPENED.plusDays(100);

        List<LocalDate> due = TaskSchedule.dueDates(OPENED, RENEWAL, renewal);

        assertThat(due)
                .containsExactlyElementsOf(
                        RENEWAL.stream().map(OPENED::plusDays).toList())
                .doesNotHaveDuplicates()
                .allMatch(day -> !day.isAfter(renewal));
    }

    @Test
    void aNearerRenewalSqueezesThePlaybookInProportionNeverPastTheDate() {
        LocalDate renewal = OPENED.plusDays(42);

        List<LocalDate> due = TaskSchedule.dueDates(OPENED, RENEWAL, renewal);

        assertThat(due)
                .containsExactly(
                        OPENED,
                        OPENED.plusDays(3),
                        OPENED.plusDays(10),
                        OPENED.plusDays(14),
                        OPENED.plusDays(17),
                        OPENED.plusDays(21),
                        OPENED.plusDays(28),
                        renewal);
    }

    @Test
    void stepsStayOnDifferentDaysWhileThereAreDaysEnough() {
        LocalDate renewal = OPENED.plusDays(9);

        List<LocalDate> due = TaskSchedule.dueDates(OPENED, RENEWAL, renewal);

        assertThat(due).doesNotHaveDuplicates().isSorted().allMatch(day -> !day.isAfter(renewal));
    }

    @Test
    void withoutADueDateTheOffsetsStandAndAPassedOneBringsEverythingToday() {
        assertThat(TaskSchedule.dueDates(OPENED, List.of(0, 21), null)).containsExactly(OPENED, OPENED.plusDays(21));
        assertThat(TaskSchedule.dueDates(OPENED, List.of(0, 21), OPENED.minusDays(3)))
                .containsExactly(OPENED, OPENED);
    }
}
