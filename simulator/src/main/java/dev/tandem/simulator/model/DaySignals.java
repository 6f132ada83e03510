package dev.tandem.simulator.model;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes one account's signals of one day: a random time of that day (on the last day, before now) and an event id
 * derived from seed, account, day and position, so a repeated run sends the very same ids and the platform counts
 * nothing twice.
 */
final class DaySignals {

    /** Keeps the last day's signals clear of the ingest's check against the future, whatever the clocks say. */
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final String idSeed;
    private final String accountId;
    private final Instant dayStart;
    private final int secondsInDay;
    private final SplittableRandom random;
    private final List<SignalDraft> out;
    private final Map<String, Long> counts;
    private int position;

    DaySignals(
            SimulationSettings settings,
            String accountId,
            int day,
            SplittableRandom random,
            List<SignalDraft> out,
            Map<String, Long> counts) {
        LocalDate date = settings.dateOf(day);
        this.idSeed = settings.idPrefix() + ":" + settings.seed() + ":" + accountId + ":" + day + ":";
        this.accountId = accountId;
        this.dayStart = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        long secondsSoFar =
                Duration.between(dayStart, settings.now().minus(MARGIN)).getSeconds();
        this.secondsInDay = (int) Math.max(1, Math.min(86_400, secondsSoFar));
        this.random = random;
        this.out = out;
        this.counts = counts;
    }

    void add(String userId, String type) {
        add(userId, type, null, null);
    }

    void add(String userId, String type, String name, Double value) {
        String eventId = UUID.nameUUIDFromBytes((idSeed + position++).getBytes(StandardCharsets.UTF_8))
                .toString();
        Instant at = dayStart.plusSeconds(random.nextInt(secondsInDay));
        out.add(new SignalDraft(eventId, accountId, userId, type, name, at, value));
        counts.merge(type, 1L, Long::sum);
    }
}
