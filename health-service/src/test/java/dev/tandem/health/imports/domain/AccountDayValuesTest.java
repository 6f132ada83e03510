package dev.tandem.health.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.health.domain.metric.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountDayValuesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void gathers_the_metrics_of_an_account_and_day_into_one_row_and_leaves_the_others_absent() {
        AccountDayValues values = new AccountDayValues(List.of(Metric.LOGINS, Metric.TICKETS_OPENED));
        values.add("acme", DAY, Metric.TICKETS_OPENED, 2);
        values.add("acme", DAY, Metric.LOGINS, 7);
        values.add("acme", DAY.plusDays(1), Metric.LOGINS, 0);
        values.add("globex", DAY, Metric.LOGINS, 3);

        assertThat(rows(values))
                .containsExactly("acme 2026-03-01 [7, 2]", "acme 2026-03-02 [0, -1]", "globex 2026-03-01 [3, -1]");
    }

    @Test
    void a_value_given_twice_keeps_the_larger() {
        AccountDayValues values = new AccountDayValues(List.of(Metric.LOGINS));
        values.add("acme", DAY, Metric.LOGINS, 9);
        values.add("acme", DAY, Metric.LOGINS, 4);

        assertThat(rows(values)).containsExactly("acme 2026-03-01 [9]");
    }

    @Test
    void a_metric_that_is_not_a_column_is_refused() {
        AccountDayValues values = new AccountDayValues(List.of(Metric.LOGINS));

        assertThatThrownBy(() -> values.add("acme", DAY, Metric.TICKETS_OPENED, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> rows(AccountDayValues values) {
        List<String> rows = new ArrayList<>();
        values.forEach((account, day, row) -> rows.add(account + " " + day + " " + Arrays.toString(row)));
        return rows;
    }
}
