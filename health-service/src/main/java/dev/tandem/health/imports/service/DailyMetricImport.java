package dev.tandem.health.imports.service;

import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.imports.domain.AccountDayValues;
import dev.tandem.health.imports.domain.DailyMetricCsv;
import dev.tandem.health.imports.repository.DailyMetricLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Imports a CSV file of daily metric values: each row checked as it is read and, when good, gathered with the other
 * metrics of its account and day; the good rows then go into the database's bulk load and commit together, the bad
 * ones are reported by row and column. Blocks.
 */
@ApplicationScoped
public class DailyMetricImport {

    private final DailyMetricLoader loader;
    private final Clock clock;

    public DailyMetricImport(DailyMetricLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    public DailyMetricCsv.Outcome load(String csv) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        AccountDayValues rows = new AccountDayValues(Metric.dailyCounts());
        DailyMetricCsv.Outcome outcome = DailyMetricCsv.read(csv, today, rows::add);
        if (rows.size() > 0) {
            loader.load(rows);
        }
        return outcome;
    }
}
