package dev.tandem.simulator.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.simulator.model.SignalDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyMetricRowsTest {

    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void a_day_of_signals_becomes_a_count_per_account_and_metric_and_an_nps_answer_none() {
        DailyMetricRows rows = new DailyMetricRows();
        rows.add(
                LocalDate.of(2026, 1, 5),
                List.of(
                        signal("a-1", "login"),
                        signal("a-1", "login"),
                        signal("a-1", "ticket_opened"),
                        signal("a-2", "feature_used"),
                        signal("a-2", "nps_response")));

        assertThat(rows.files())
                .containsExactly("account,day,metric,value\n"
                        + "a-1,2026-01-05,logins,2\n"
                        + "a-1,2026-01-05,tickets_opened,1\n"
                        + "a-2,2026-01-05,feature_uses,1\n");
        assertThat(rows.rows()).isEqualTo(3);
    }

    private static SignalDraft signal(String account, String type) {
        return new SignalDraft("e", account, "u", type, null, AT, null);
    }
}
