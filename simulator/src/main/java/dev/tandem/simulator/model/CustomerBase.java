package dev.tandem.simulator.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the accounts of a simulated SaaS vendor: paying ones across touch models (ARR from a skewed, log-normal
 * distribution, so a few large accounts carry much of the revenue), free ones that may start paying, and each one's
 * hidden state and outcome.
 */
public final class CustomerBase {

    /** The median paying account's ARR; the spread puts about one in ten above 50,000 (high touch by default). */
    private static final double MEDIAN_ARR = 12_000;

    private static final double ARR_SPREAD = 1.1;
    private static final double ARR_PER_SEAT = 1_200;
    private static final int MAX_SEATS = 200;
    private static final double NEW_CUSTOMER_SHARE = 0.2;
    private static final int TRIAL_DAYS = 14;

    private static final String[] FIRST_WORDS = {
        "Acme", "Northwind", "Blue Harbor", "Granite", "Lumen", "Kestrel", "Orchid", "Summit", "Tidal", "Vertex",
        "Willow", "Cobalt", "Juniper", "Meridian", "Pioneer", "Quartz", "Redwood", "Silverline", "Atlas", "Beacon"
    };
    private static final String[] SECOND_WORDS = {
        "Labs", "Logistics", "Health", "Analytics", "Retail", "Foods", "Energy", "Finance", "Media", "Robotics"
    };
    private static final String[] INDUSTRIES = {
        "Software", "Logistics", "Healthcare", "Retail", "Manufacturing", "Financial services", "Media", "Education"
    };

    private CustomerBase() {}

    public static List<AccountProfile> generate(SimulationSettings settings) {
        List<AccountProfile> accounts = new ArrayList<>(settings.accounts());
        for (int index = 0; index < settings.accounts(); index++) {
            SplittableRandom random = Randoms.of(settings.seed(), index, -1);
            boolean free = Randoms.chance(random, settings.freeShare());
            accounts.add(free ? freeAccount(settings, index, random) : payingAccount(settings, index, random));
        }
        return accounts;
    }

    private static AccountProfile payingAccount(SimulationSettings settings, int index, SplittableRandom random) {
        HiddenState state = pick(
                random,
                new HiddenState[] {
                    HiddenState.HEALTHY,
                    HiddenState.EXPANDING,
                    HiddenState.DECLINING,
                    HiddenState.CHURN_BOUND,
                    HiddenState.STALLED_ONBOARDING
                },
                new double[] {0.45, 0.13, 0.15, 0.12, 0.15});
        double arr = Math.min(1_500_000, Math.max(1_200, Randoms.logNormal(random, MEDIAN_ARR, ARR_SPREAD)));
        int seats = (int) Math.max(3, Math.min(MAX_SEATS, Math.round(arr / ARR_PER_SEAT)));
        LocalDate start = contractStart(settings, state, random);
        int users = (int) Math.max(2, Math.round(seats * (0.55 + 0.45 * random.nextDouble())));
        // Paying accounts trialled for two weeks before their contract, or for a while before the first day.
        LocalDate signedUp = start.minusDays(TRIAL_DAYS);
        if (signedUp.isAfter(settings.dateOf(0))) {
            signedUp = settings.dateOf(0).minusDays(random.nextInt(TRIAL_DAYS));
        }
        return profile(settings, index, random, state, false, arr, seats, start, users, 0, signedUp);
    }

    private static AccountProfile freeAccount(SimulationSettings settings, int index, SplittableRandom random) {
        // Serious free accounts (healthy) use the product like customers and half of them start paying; tourists
        // (stalled) try it and drift off; the rest fade slowly.
        HiddenState state = pick(
                random,
                new HiddenState[] {HiddenState.HEALTHY, HiddenState.STALLED_ONBOARDING, HiddenState.DECLINING},
                new double[] {0.30, 0.45, 0.25});
        // Two in five free accounts are there on the first day; the others sign up during the run.
        int signUpDay =
                settings.days() == 1 || Randoms.chance(random, 0.4) ? 0 : 1 + random.nextInt(settings.days() - 1);
        // A serious account tries the product for at least two weeks before it pays.
        int daysLeftToConvert = settings.days() - signUpDay - TRIAL_DAYS;
        boolean converts = state == HiddenState.HEALTHY && Randoms.chance(random, 0.5) && daysLeftToConvert > 0;
        LocalDate start = null;
        double arr = 0;
        int seats = 0;
        if (converts) {
            start = settings.dateOf(signUpDay + TRIAL_DAYS + random.nextInt(daysLeftToConvert));
            arr = 1_200 + random.nextInt(4_800);
            seats = (int) Math.max(3, Math.round(arr / ARR_PER_SEAT));
        }
        int users = 1 + (Randoms.chance(random, 0.3) ? 1 : 0);
        LocalDate signedUp =
                signUpDay > 0 ? settings.dateOf(signUpDay) : settings.dateOf(0).minusDays(random.nextInt(120));
        return profile(settings, index, random, state, true, arr, seats, start, users, signUpDay, signedUp);
    }

    private static AccountProfile profile(
            SimulationSettings settings,
            int index,
            SplittableRandom random,
            HiddenState state,
            boolean free,
            double arr,
            int seats,
            LocalDate start,
            int users,
            int signUpDay,
            LocalDate signedUp) {
        String id = settings.idPrefix() + "-" + String.format("%06d", index + 1);
        String name = FIRST_WORDS[random.nextInt(FIRST_WORDS.length)] + " "
                + SECOND_WORDS[random.nextInt(SECOND_WORDS.length)] + " " + (index + 1);
        Drivers drivers = Drivers.draw(random);
        LocalDate renewal = start == null ? null : start.plusYears(1);
        LocalDate churnsOn = renewal == null
                ? null
                : churnsOn(settings, index, state, Math.max(users, seats), drivers.featureDepth(), renewal);
        Outcome outcome = free
                ? (start != null ? Outcome.CONVERTS : Outcome.STAYS_FREE)
                : churnsOn != null ? Outcome.CHURNS : state == HiddenState.EXPANDING ? Outcome.EXPANDS : Outcome.RENEWS;
        BigDecimal money =
                BigDecimal.valueOf(arr).setScale(-2, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        return new AccountProfile(
                index,
                id,
                name,
                INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                employeeBand(Math.max(seats, users)),
                state,
                outcome,
                free,
                money,
                seats,
                start,
                renewal,
                users,
                signUpDay,
                settings.morningOf(signedUp, 8),
                drivers,
                churnsOn);
    }

    /**
     * Stalled accounts are new: onboarding is the first months. Of the others a fifth are new customers and the rest
     * became customers 90 days to a year and 40 % of the run (at least the run and 300 days) before today, so most of
     * a long run's accounts renew in it; the term running on the first day is the one reported first.
     */
    private static LocalDate contractStart(SimulationSettings settings, HiddenState state, SplittableRandom random) {
        LocalDate today = settings.today();
        if (state == HiddenState.STALLED_ONBOARDING || Randoms.chance(random, NEW_CUSTOMER_SHARE)) {
            int daysAgo = Math.min(settings.days() - 1, 10 + random.nextInt(70));
            return today.minusDays(daysAgo);
        }
        int oldest = Math.max(364 + (int) (settings.days() * 0.4), settings.days() + 300);
        LocalDate start = today.minusDays(90 + random.nextInt(oldest - 90 + 1));
        while (start.plusYears(1).isBefore(settings.dateOf(0))) {
            start = start.plusYears(1);
        }
        return start;
    }

    /**
     * The renewal on which the account leaves: at each renewal up to the first after today, {@link ChurnModel} gives
     * the chance from the account's use then and a draw of that renewal's own decides. Free accounts that convert
     * have a user or two and more seats: the seats they bought are the people meant to use it.
     */
    static LocalDate churnsOn(
            SimulationSettings settings,
            int index,
            HiddenState state,
            int users,
            double depth,
            LocalDate firstRenewal) {
        LocalDate first = settings.dateOf(0);
        int term = 0;
        for (LocalDate renewal = firstRenewal; ; renewal = renewal.plusYears(1), term++) {
            long day = java.time.temporal.ChronoUnit.DAYS.between(first, renewal);
            double progress = Math.max(0, Math.min(1, day / Math.max(1.0, settings.days() - 1.0)));
            SplittableRandom draw = Randoms.of(settings.seed(), index, -2L - term);
            if (Randoms.chance(
                    draw, ChurnModel.churnChance(ChurnModel.featureUsesADay(users, state.usage(progress), depth)))) {
                return renewal;
            }
            if (renewal.isAfter(settings.today())) {
                return null;
            }
        }
    }

    private static String employeeBand(int people) {
        if (people <= 10) {
            return "1-10";
        }
        if (people <= 50) {
            return "11-50";
        }
        return people <= 200 ? "51-200" : "201-1000";
    }

    private static <T> T pick(SplittableRandom random, T[] values, double[] weights) {
        double draw = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (draw < cumulative) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
