package dev.tandem.simulator.run;

import dev.tandem.simulator.model.Change;
import dev.tandem.simulator.model.DayPlan;
import dev.tandem.simulator.platform.BulkImport;
import dev.tandem.simulator.platform.DailyMetricRows;
import java.util.ArrayList;
import java.util.List;

/**
 * The days before the signals' window, brought in the way a vendor brings the history it kept elsewhere: the first
 * day as the integration's first sync, the later days' changes to accounts, users and contracts (past contract terms
 * with how they ended) as one bulk import after them, and what the accounts did as daily metric rows, which
 * health-service bulk-loads and follows with a point-in-time backfill of the scores. Nothing goes signal by signal.
 */
final class History {

    private final BulkImport bulkImport;
    private final ProgressMeter meter;
    private final List<Change> changes = new ArrayList<>();
    private final DailyMetricRows rows = new DailyMetricRows();
    private boolean firstDayIn;

    History(BulkImport bulkImport, ProgressMeter meter) {
        this.bulkImport = bulkImport;
        this.meter = meter;
    }

    /** Keeps a day of history; the first is imported at once, so the accounts are there for what follows it. */
    void add(DayPlan day) {
        if (!firstDayIn) {
            bulkImport.apply(day.changes());
            day.changes().forEach(change -> meter.changeApplied());
            firstDayIn = true;
        } else {
            changes.addAll(day.changes());
        }
        rows.add(day.date(), day.signals());
    }

    boolean isEmpty() {
        return !firstDayIn;
    }

    /** Imports the changes kept, then loads the daily metric rows; afterwards the history is sent. */
    void send() {
        if (!changes.isEmpty()) {
            bulkImport.apply(changes);
            changes.forEach(change -> meter.changeApplied());
            changes.clear();
        }
        for (String file : rows.files()) {
            bulkImport.dailyMetrics(file);
        }
        rows.clear();
    }
}
