package dev.tandem.health.imports.service;

import dev.tandem.health.imports.domain.DailyMetricCsv;
import dev.tandem.health.imports.repository.DailyMetricLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Imports a CSV file of daily metric values: each row checked as it is read and, when good, streamed straight into the
 * database's bulk load; the good rows commit together, the bad ones are reported by row and column. Blocks.
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
        DailyMetricCsv.Outcome[] outcome = new DailyMetricCsv.Outcome[1];
        loader.load(rows -> outcome[0] = DailyMetricCsv.read(
                csv, today, (account, day, metric, value) -> rows.row(account, day.toString(), metric.key(), value)));
        return outcome[0];
    }
}
