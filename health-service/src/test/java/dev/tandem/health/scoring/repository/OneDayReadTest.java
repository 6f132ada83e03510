package dev.tandem.health.scoring.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MeasureValue;
import dev.tandem.health.scoring.domain.DailyValues;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Today's daily figures, every window read in one statement, are those a read of a range of days gives for today (a
 * pass a window): a window with no row of the account stays empty, not a sum of the longer window's rows.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class OneDayReadTest {

    private static final List<Metric> METRICS =
            List.of(Metric.LOGINS, Metric.ACTIVE_DAYS, Metric.EMAIL_OPEN_RATE, Metric.EVENTS_ATTENDED);

    @Inject
    AccountMetrics metrics;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void everyWindowReadAtOnceGivesWhatAPassAWindowGives() throws Throwable {
        String busy = "windows-busy-" + UUID.randomUUID();
        String longAgo = "windows-long-ago-" + UUID.randomUUID();
        HealthDatabase.execute("""
                INSERT INTO account_day (account_external_id, day, logins, emails_opened, emails_sent, events_attended,
                                         last_seen_at)
                VALUES ('%1$s', current_date - 1, 3, 2, 4, 1, now() - interval '1 day'),
                       ('%1$s', current_date - 20, 5, 0, 0, 0, now() - interval '20 days'),
                       ('%1$s', current_date - 60, 7, 1, 1, 2, now() - interval '60 days'),
                       ('%2$s', current_date - 60, 7, 1, 2, 2, now() - interval '60 days');
                INSERT INTO signal_source (account_external_id, source, first_day, last_day)
                SELECT a, s, current_date - 100, current_date
                  FROM unnest(ARRAY['%1$s', '%2$s']) a, unnest(ARRAY['login', 'email_opened', 'event_attended']) s;
                """.formatted(busy, longAgo));
        List<MeasureDefinition> measures = new ArrayList<>();
        for (int window : List.of(7, 30, 90)) {
            METRICS.forEach(metric -> measures.add(new MeasureDefinition(
                    metric.key() + window, metric.key(), metric.key(), window, BigDecimal.ONE, null, null)));
        }
        MetricReadPlan<String> plan = new MetricReadPlan<>();
        measures.forEach(measure -> plan.need(measure, List.of(busy, longAgo)));

        DailyValues<String> oneDay = read(plan, List.of(busy, longAgo), DayRange.of(today));
        DailyValues<String> range = read(plan, List.of(busy, longAgo), new DayRange(today.minusDays(1), today));

        for (String account : List.of(busy, longAgo)) {
            for (MeasureDefinition measure : measures) {
                assertThat(oneDay.of(account, today, measure))
                        .as("%s of %s", measure.key(), account)
                        .usingRecursiveComparison()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .isEqualTo(range.of(account, today, measure));
            }
        }
        assertThat(value(oneDay, busy, measures, "logins30")).isEqualByComparingTo("8");
        assertThat(value(oneDay, busy, measures, "logins90")).isEqualByComparingTo("15");
        assertThat(value(oneDay, longAgo, measures, "events_attended90")).isEqualByComparingTo("2");
    }

    private DailyValues<String> read(MetricReadPlan<String> plan, List<String> accounts, DayRange days)
            throws Throwable {
        return VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> metrics.read(plan, accounts, days)));
    }

    private BigDecimal value(DailyValues<String> values, String account, List<MeasureDefinition> measures, String key) {
        MeasureDefinition measure =
                measures.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
        MeasureValue value = values.of(account, today, measure);
        return value.value();
    }
}
