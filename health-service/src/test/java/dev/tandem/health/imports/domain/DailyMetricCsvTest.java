package dev.tandem.health.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.platform.problem.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyMetricCsvTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    private final List<String> accepted = new ArrayList<>();

    @Test
    void columnsInAnyOrderWithWindowsLineEndsAndBlankLines() {
        DailyMetricCsv.Outcome outcome = read("metric,value,account,day\r\nlogins,12,acme,2026-01-31\r\n\r\n"
                + "tickets_opened,0,acme,2026-02-01\r\n");

        assertThat(outcome).isEqualTo(new DailyMetricCsv.Outcome(2, 2, 0, List.of()));
        assertThat(accepted).containsExactly("acme 2026-01-31 logins 12", "acme 2026-02-01 tickets_opened 0");
    }

    @Test
    void eachBadRowIsNamedByRowAndColumnAndTheRestGoOn() {
        DailyMetricCsv.Outcome outcome = read("""
                account,day,metric,value
                acme,2026-01-01,logins,3
                bad id,2026-01-01,logins,3
                acme,2026-13-01,logins,3
                acme,2027-01-01,logins,3
                acme,2026-01-01,nps_average,3
                acme,2026-01-01,logins,-1
                acme,2026-01-01,logins,many
                acme,2026-01-01,logins
                acme,2026-01-02,emails_sent,1000000000
                """);

        assertThat(outcome.rows()).isEqualTo(9);
        assertThat(outcome.accepted()).isEqualTo(2);
        assertThat(outcome.rejected()).isEqualTo(7);
        assertThat(outcome.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "account"),
                        org.assertj.core.groups.Tuple.tuple(4, "day"),
                        org.assertj.core.groups.Tuple.tuple(5, "day"),
                        org.assertj.core.groups.Tuple.tuple(6, "metric"),
                        org.assertj.core.groups.Tuple.tuple(7, "value"),
                        org.assertj.core.groups.Tuple.tuple(8, "value"),
                        org.assertj.core.groups.Tuple.tuple(9, null));
        assertThat(outcome.errors().get(3).reason())
                .contains("logins", "tickets_opened")
                .doesNotContain("nps_average");
        assertThat(accepted).containsExactly("acme 2026-01-01 logins 3", "acme 2026-01-02 emails_sent 1000000000");
    }

    @Test
    void aHeaderWithoutTheFourColumnsIsRefusedWhole() {
        assertThatThrownBy(() -> read("account,day,value\nacme,2026-01-01,3\n"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("header"));
        assertThatThrownBy(() -> read("account,day,metric,metric\n")).isInstanceOf(InvalidInputException.class);
        assertThat(accepted).isEmpty();
    }

    private DailyMetricCsv.Outcome read(String csv) {
        return DailyMetricCsv.read(
                csv,
                TODAY,
                (account, day, metric, value) -> accepted.add(account + " " + day + " " + metric.key() + " " + value));
    }
}
