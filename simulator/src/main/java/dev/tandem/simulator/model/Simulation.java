package dev.tandem.simulator.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A simulated customer base lived day by day: {@link #nextDay()} returns what the integrator reports of the next day,
 * from the first to today; {@link #groundTruth()} what was really going on.
 */
public final class Simulation {

    private final SimulationSettings settings;
    private final List<AccountLife> accounts;
    private int nextDay;

    public Simulation(SimulationSettings settings) {
        this.settings = settings;
        this.accounts = CustomerBase.generate(settings).stream()
                .map(profile -> new AccountLife(settings, profile))
                .toList();
    }

    public SimulationSettings settings() {
        return settings;
    }

    public boolean hasNextDay() {
        return nextDay < settings.days();
    }

    public DayPlan nextDay() {
        if (!hasNextDay()) {
            throw new IllegalStateException("The simulation has reached today");
        }
        int day = nextDay++;
        DayPlan plan = DayPlan.empty(day, settings.dateOf(day), settings.isHistory(day));
        for (AccountLife account : accounts) {
            account.live(day, plan);
        }
        return plan;
    }

    /**
     * {@code count} signals of live use at {@code at}, after the simulated days, from the accounts whose users still
     * use the product; {@code tick} numbers the call, so the same settings and ticks give the same signals.
     */
    public List<SignalDraft> liveSignals(long tick, int count, Instant at) {
        if (hasNextDay()) {
            throw new IllegalStateException("Live use comes after the simulated days");
        }
        SplittableRandom random = Randoms.of(settings.seed(), -1, settings.days() + tick);
        List<SignalDraft> signals = new ArrayList<>(count);
        int attempts = 0;
        while (signals.size() < count && attempts++ < count * 50) {
            AccountLife account = accounts.get(random.nextInt(accounts.size()));
            String eventId = UUID.nameUUIDFromBytes(
                            (settings.idPrefix() + ":" + settings.seed() + ":live:" + tick + ":" + signals.size())
                                    .getBytes(StandardCharsets.UTF_8))
                    .toString();
            account.actNow(random, at, eventId, signals);
        }
        return signals;
    }

    /** Each account's truth as of the days lived so far. */
    public List<AccountTruth> groundTruth() {
        return accounts.stream()
                .map(life -> {
                    AccountProfile profile = life.profile();
                    return new AccountTruth(
                            profile.id(),
                            profile.state(),
                            profile.outcome(),
                            profile.startsFree(),
                            profile.arr(),
                            profile.seats(),
                            life.userCount(),
                            life.churned(),
                            Map.copyOf(new TreeMap<>(life.signalsSent())),
                            Map.copyOf(new TreeMap<>(life.historyRecorded())));
                })
                .toList();
    }
}
