package dev.tandem.simulator.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the simulated vendor's customer base looks like. The same settings always give the same customers, the same
 * hidden states and outcomes, and the same signals with the same event ids, so a backfill repeated on the same day
 * changes nothing.
 *
 * @param seed the random seed
 * @param accounts how many accounts, free ones included (some of which sign up during the run)
 * @param days how many days of history, ending today; the last {@value #SIGNAL_DAYS} (the oldest signal health-service
 *     accepts) are sent as signals, the days before as daily metric rows (the way a vendor brings its history)
 * @param freeShare the share of accounts on the free plan
 * @param viralK free users' viral coefficient: invites sent per user times the share accepted
 * @param idPrefix the start of every account and user id, so two simulated companies never share ids
 * @param now the end of the simulated history: the last day is today, up to this instant
 */
public record SimulationSettings(
        long seed, int accounts, int days, double freeShare, double viralK, String idPrefix, Instant now) {

    /** Three years: two renewal cycles and more before the signals' window. */
    public static final int MAX_DAYS = 1_095;
    /** The days sent as signals; health-service accepts none older. */
    public static final int SIGNAL_DAYS = 90;

    public static final int MAX_ACCOUNTS = 200_000;
    /** Above 1 every free account would grow without end. */
    public static final double MAX_VIRAL_K = 0.95;

    public SimulationSettings {
        require(accounts >= 1 && accounts <= MAX_ACCOUNTS, "accounts must be between 1 and " + MAX_ACCOUNTS);
        require(days >= 1 && days <= MAX_DAYS, "days must be between 1 and " + MAX_DAYS);
        require(freeShare >= 0 && freeShare <= 1, "the free share must be between 0 and 1");
        require(viralK >= 0 && viralK <= MAX_VIRAL_K, "K must be between 0 and " + MAX_VIRAL_K);
        require(idPrefix != null && idPrefix.matches("[a-z0-9]{1,20}"), "the id prefix must be 1-20 of a-z, 0-9");
        require(now != null, "now is required");
    }

    /** The demo company of {@code ./tandem up}: about 500 accounts and 5,000 users over 90 days. */
    public static SimulationSettings demo(Instant now) {
        return new SimulationSettings(42, 500, 90, 0.25, 0.5, "demo", now);
    }

    public SimulationSettings withSize(int accounts, int days) {
        return new SimulationSettings(seed, accounts, days, freeShare, viralK, idPrefix, now);
    }

    public SimulationSettings withIdPrefix(String prefix) {
        return new SimulationSettings(seed, accounts, days, freeShare, viralK, prefix, now);
    }

    /**
     * The morning of {@code date}, when the simulated people sign up, but never later than a minute before now: on
     * the last day that may be earlier, and the platform refuses sign-ups in the future.
     */
    public Instant morningOf(LocalDate date, int hour) {
        Instant morning = date.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        Instant latest = now.minusSeconds(60);
        return morning.isAfter(latest) ? latest : morning;
    }

    /** Whether simulated day {@code day} lies before the signals' window: its use goes as daily metric rows. */
    public boolean isHistory(int day) {
        return day < days - SIGNAL_DAYS;
    }

    /** How many of the days go as signals. */
    public int signalDays() {
        return Math.min(days, SIGNAL_DAYS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** The date of simulated day {@code day}, 0 being the first and {@code days - 1} today. */
    public LocalDate dateOf(int day) {
        return today().minusDays(days - 1L - day);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
