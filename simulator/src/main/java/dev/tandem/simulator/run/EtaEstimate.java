package dev.tandem.simulator.run;

import java.time.Duration;
import java.util.Optional;

/**
 * The time left of a run of {@code total} units (days, seconds), from the pace observed after a warm-up. The start of
 * a run says little about the rest: a backfill's first day is the integration's first sync, every account and user at
 * once, and may take as long as all the days after it; a pace that counted it would promise half an hour for a
 * two-minute run. So nothing is promised until the first unit is done and the warm-up has passed, and from then on the
 * pace is that of the units since.
 */
public final class EtaEstimate {

    private final long total;
    private final Duration warmUp;
    private Duration baseline;
    private long doneAtBaseline;

    public EtaEstimate(long total, Duration warmUp) {
        this.total = total;
        this.warmUp = warmUp;
    }

    /**
     * The time left once {@code done} units are done {@code elapsed} after the start; empty while warming up or when
     * no unit was done since.
     */
    public synchronized Optional<Duration> remaining(Duration elapsed, long done) {
        if (done >= total) {
            return Optional.of(Duration.ZERO);
        }
        if (baseline == null) {
            if (done >= 1 && elapsed.compareTo(warmUp) >= 0) {
                baseline = elapsed;
                doneAtBaseline = done;
            }
            return Optional.empty();
        }
        long since = done - doneAtBaseline;
        if (since <= 0) {
            return Optional.empty();
        }
        double nanosPerUnit = (double) elapsed.minus(baseline).toNanos() / since;
        return Optional.of(Duration.ofNanos(Math.round(nanosPerUnit * (total - done))));
    }
}
