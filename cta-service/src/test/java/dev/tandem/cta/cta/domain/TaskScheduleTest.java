package dev.tandem.cta.cta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskScheduleTest {

    private static final LocalDate OPENED = LocalDate.parse("2026-11-20");

    @Test
    void dueTheOffsetAfterTheCtaWasOpened() {
        assertThat(TaskSchedule.due(OPENED, 0, null)).isEqualTo(OPENED);
        assertThat(TaskSchedule.due(OPENED, 21, LocalDate.parse("2027-03-20"))).isEqualTo("2026-12-11");
    }

    @Test
    void neverDueAfterItsCta() {
        LocalDate ctaDue = OPENED.plusDays(30);

        assertThat(TaskSchedule.due(OPENED, 84, ctaDue)).isEqualTo(ctaDue);
    }
}
