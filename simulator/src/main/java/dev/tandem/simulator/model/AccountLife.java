package dev.tandem.simulator.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One account's simulated days: what its hidden state makes its users do, and what the integrator reports of it.
 * Days must be lived in order, since users join and contracts change along the way.
 */
final class AccountLife {

    static final String[] SETUP_STEPS = {"connect-data", "invite-team", "first-dashboard", "configure-alerts", "go-live"
    };
    static final String[] FEATURES = {
        "dashboards", "reports", "alerts", "integrations", "automations", "api", "exports", "sharing"
    };
    /** A free account stops growing here: the viral loop must not run away in a long simulation. */
    private static final int MAX_FREE_USERS = 40;

    private static final double INVITE_ACCEPTANCE = 0.5;

    private final SimulationSettings settings;
    private final AccountProfile profile;
    private final List<SimUser> users = new ArrayList<>();
    private final Map<String, Long> signalsSent = new TreeMap<>();
    /** What the days before the signals' window did, which goes as daily metric rows rather than signals. */
    private final Map<String, Long> historyRecorded = new TreeMap<>();

    private final Map<Integer, Integer> ticketsClosingOn = new HashMap<>();
    private final Map<Integer, String> setupStepOn = new HashMap<>();
    private final int expansionDay;
    private final int npsSurveyDay;

    private boolean contractActive;
    private boolean churned;
    private int seats;
    private BigDecimal arr;
    private LocalDate contractStart;
    private LocalDate renewal;

    AccountLife(SimulationSettings settings, AccountProfile profile) {
        this.settings = settings;
        this.profile = profile;
        this.seats = profile.seats();
        this.arr = profile.arr();
        this.contractStart = profile.contractStart();
        this.renewal = profile.renewal();
        this.expansionDay = (int) Math.round(0.6 * (settings.days() - 1));
        // In the middle of the signals' window: an NPS answer is no daily count, so history cannot carry it.
        this.npsSurveyDay = settings.days() - settings.signalDays() / 2;
    }

    AccountProfile profile() {
        return profile;
    }

    Map<String, Long> signalsSent() {
        return signalsSent;
    }

    Map<String, Long> historyRecorded() {
        return historyRecorded;
    }

    int userCount() {
        return users.size();
    }

    boolean churned() {
        return churned;
    }

    void live(int day, DayPlan plan) {
        SplittableRandom random = Randoms.of(settings.seed(), profile.index(), day);
        LocalDate date = settings.dateOf(day);
        DaySignals signals = new DaySignals(
                settings, profile.id(), day, random, plan.signals(), plan.history() ? historyRecorded : signalsSent);
        if (day < profile.signUpDay()) {
            return;
        }
        if (day == profile.signUpDay()) {
            open(day, random, plan, signals);
        } else if (date.equals(contractStart)) {
            startContract(day, random, plan, false);
        }
        if (contractActive && date.equals(renewal)) {
            renewOrEnd(plan);
        }
        if (contractActive && profile.outcome() == Outcome.EXPANDS && day == expansionDay && day > 0) {
            expand(day, random, plan);
        }
        if (churned) {
            return;
        }
        String step = setupStepOn.remove(day);
        if (step != null) {
            signals.add(null, "setup_step_completed", step, null);
        }
        double progress = settings.days() == 1 ? 1 : day / (settings.days() - 1.0);
        double weekday = date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? 0.3 : 1.0;
        int active = 0;
        for (SimUser user : List.copyOf(users)) {
            if (user.joinedDay <= day && liveUser(user, day, date, progress, weekday, random, plan, signals)) {
                active++;
            }
        }
        accountSignals(day, random, signals, active);
    }

    /**
     * A moment of live use after the simulated days: one of its users who uses the product, chosen as their state
     * makes them likely to act, logs in or uses a feature now. Returns false when nobody here would.
     */
    boolean actNow(SplittableRandom random, Instant at, String eventId, List<SignalDraft> out) {
        int lastDay = settings.days() - 1;
        List<SimUser> using =
                users.stream().filter(user -> user.usesProductOn(lastDay)).toList();
        if (churned
                || using.isEmpty()
                || !Randoms.chance(random, profile.state().activity(1))) {
            return false;
        }
        SimUser user = using.get(random.nextInt(using.size()));
        SignalDraft signal = Randoms.chance(random, 0.5)
                ? new SignalDraft(eventId, profile.id(), user.id, "login", null, at, null)
                : new SignalDraft(
                        eventId,
                        profile.id(),
                        user.id,
                        "feature_used",
                        user.features[random.nextInt(user.features.length)],
                        at,
                        null);
        out.add(signal);
        signalsSent.merge(signal.type(), 1L, Long::sum);
        return true;
    }

    /**
     * The day it signs up, or the first day for those already there: the integrator reports the account as it is,
     * with what happened before Tandem knew it.
     */
    private void open(int day, SplittableRandom random, DayPlan plan, DaySignals signals) {
        LocalDate first = settings.dateOf(0);
        boolean payingAlready = contractStart != null && !contractStart.isAfter(first);
        String initialPlan = payingAlready ? AccountProfile.PAID_PLAN : profile.startsFree() ? "FREE" : "TRIAL";
        plan.changes().add(accountUpsert(initialPlan));
        boolean existingCustomer = payingAlready && contractStart.isBefore(first);
        for (int i = 0; i < profile.initialUsers(); i++) {
            // Users of an existing customer activated their seats before the first day: the first sync says so.
            addUser(day, random, plan, null, existingCustomer);
        }
        if (payingAlready) {
            startContract(0, random, plan, existingCustomer);
        }
        if (existingCustomer) {
            // Its setup was done before the first day (the integration's first sync reports it).
            for (int step = 0; step < profile.state().setupSteps(); step++) {
                signals.add(null, "setup_step_completed", SETUP_STEPS[step], null);
            }
        }
    }

    private void startContract(int day, SplittableRandom random, DayPlan plan, boolean setupDone) {
        contractActive = true;
        if (day > 0) {
            plan.changes().add(accountUpsert(AccountProfile.PAID_PLAN));
        }
        plan.changes().add(contract("ACTIVE", null));
        if (profile.startsFree()) {
            upgradeSeats(plan);
        }
        if (!setupDone) {
            int stepDay = day;
            for (int step = 0; step < profile.state().setupSteps(); step++) {
                stepDay += 1 + random.nextInt(5);
                setupStepOn.put(stepDay, SETUP_STEPS[step]);
            }
        }
    }

    /** A free account that starts paying moves its users onto the paid seats it bought. */
    private void upgradeSeats(DayPlan plan) {
        for (SimUser user : users.subList(0, Math.min(seats, users.size()))) {
            user.seat = "PAID";
            plan.changes().add(userUpsert(user));
        }
    }

    private void renewOrEnd(DayPlan plan) {
        if (renewal.equals(profile.churnsOn())) {
            contractActive = false;
            churned = true;
            plan.changes().add(contract("ENDED", "did not renew"));
            return;
        }
        contractStart = renewal;
        renewal = renewal.plusYears(1);
        plan.changes().add(contract("ACTIVE", null));
    }

    /** Expanding accounts buy half as many seats again and fill some of them. */
    private void expand(int day, SplittableRandom random, DayPlan plan) {
        int added = Math.max(1, seats / 2);
        seats += added;
        arr = arr.multiply(BigDecimal.valueOf(1.4)).setScale(2, RoundingMode.HALF_UP);
        plan.changes().add(contract("ACTIVE", null));
        for (int i = 0; i < Math.max(1, added * 2 / 3); i++) {
            addUser(day, random, plan, null, false);
        }
    }

    private Change.AccountUpsert accountUpsert(String accountPlan) {
        return new Change.AccountUpsert(
                profile.id(),
                profile.name(),
                profile.industry(),
                profile.employeeBand(),
                accountPlan,
                profile.signedUpAt());
    }

    private Change.ContractUpsert contract(String status, String endReason) {
        return new Change.ContractUpsert(
                profile.id(),
                profile.contractId(),
                AccountProfile.PAID_PLAN,
                arr,
                seats,
                contractStart,
                renewal,
                status,
                endReason);
    }

    private boolean liveUser(
            SimUser user,
            int day,
            LocalDate date,
            double progress,
            double weekday,
            SplittableRandom random,
            DayPlan plan,
            DaySignals signals) {
        if (user.activationDay == day) {
            signals.add(user.id, "seat_activated");
        }
        boolean active = false;
        if (user.usesProductOn(day)
                && Randoms.chance(random, user.propensity * profile.state().activity(progress) * weekday)) {
            active = true;
            signals.add(user.id, "login");
            for (int i = Randoms.poisson(random, profile.drivers().featureDepth()); i > 0; i--) {
                signals.add(user.id, "feature_used", user.features[random.nextInt(user.features.length)], null);
            }
            if (user.invitesLeft > 0 && users.size() < MAX_FREE_USERS && Randoms.chance(random, 0.25)) {
                user.invitesLeft--;
                signals.add(user.id, "invite_sent");
                if (Randoms.chance(random, INVITE_ACCEPTANCE)) {
                    SimUser invited = addUser(day, random, plan, user.id, false);
                    signals.add(invited.id, "invite_accepted");
                }
            }
        }
        Drivers drivers = profile.drivers();
        double usage = profile.state().usage(progress);
        if (date.getDayOfWeek() == DayOfWeek.TUESDAY && Randoms.chance(random, drivers.emailOpens(usage))) {
            signals.add(user.id, "email_opened", "weekly-digest", null);
            if (Randoms.chance(random, Drivers.emailClicks(usage))) {
                signals.add(user.id, "email_clicked", "weekly-digest", null);
            }
        }
        if (day == npsSurveyDay && Randoms.chance(random, 0.3)) {
            signals.add(user.id, "nps_response", null, (double) drivers.npsAnswer(usage, random));
        }
        return active;
    }

    private void accountSignals(int day, SplittableRandom random, DaySignals signals, int activeUsers) {
        // Tickets come with use: the accounts that work with the product ask about it, not those about to leave.
        double ticketRate = profile.drivers().ticketsPerActiveUser() * activeUsers;
        for (int i = Randoms.poisson(random, ticketRate); i > 0 && !users.isEmpty(); i--) {
            signals.add(users.get(random.nextInt(users.size())).id, "ticket_opened");
            ticketsClosingOn.merge(day + 1 + random.nextInt(5), 1, Integer::sum);
        }
        for (int i = ticketsClosingOn.getOrDefault(day, 0); i > 0; i--) {
            signals.add(null, "ticket_closed");
        }
        ticketsClosingOn.remove(day);
        // Who comes to the webinars is the account's habit, whatever its size or use.
        if (day % 14 == 9
                && !users.isEmpty()
                && Randoms.chance(random, profile.drivers().eventAttendance())) {
            for (int i = 1 + Randoms.poisson(random, 0.5); i > 0; i--) {
                signals.add(users.get(random.nextInt(users.size())).id, "event_attended", "webinar", null);
            }
        }
        if (Randoms.chance(random, profile.drivers().roiReportsPer90Days() / 90)) {
            signals.add(null, "roi_reported", "hours-saved", (double) (10 + random.nextInt(190)));
        }
        if (profile.startsFree() && !contractActive) {
            boolean serious = profile.state() == HiddenState.HEALTHY;
            if (Randoms.chance(random, serious ? 0.2 : 0.03)) {
                signals.add(null, "website_visit", "pricing", null);
            }
            if (serious && !users.isEmpty() && Randoms.chance(random, 0.05)) {
                signals.add(users.get(random.nextInt(users.size())).id, "community_post");
            }
        }
    }

    private SimUser addUser(int day, SplittableRandom random, DayPlan plan, String invitedBy, boolean activatedBefore) {
        int number = users.size() + 1;
        String role = number == 1 ? "ADMIN" : number == 2 ? "DECISION_MAKER" : number == 3 ? "CHAMPION" : "MEMBER";
        boolean paidSeat = number <= seats && (contractActive || !profile.startsFree());
        int activation = SimUser.NEVER;
        if (Randoms.chance(random, profile.state().activatedShare())) {
            activation = activatedBefore ? 0 : day + Randoms.poisson(random, 2);
        }
        int features = Math.max(1, profile.state().featureBreadth() - 1 + random.nextInt(3));
        String[] chosen = new String[Math.min(features, FEATURES.length)];
        int offset = random.nextInt(FEATURES.length);
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = FEATURES[(offset + i) % FEATURES.length];
        }
        int invites = profile.startsFree() ? Randoms.poisson(random, settings.viralK() / INVITE_ACCEPTANCE) : 0;
        double propensity = 0.6 + 0.8 * random.nextDouble();
        LocalDate signedUp = activatedBefore ? contractStart : settings.dateOf(day);
        SimUser user = new SimUser(
                profile.userId(number),
                "User " + number + " of " + profile.name(),
                role,
                paidSeat ? "PAID" : "FREE",
                settings.morningOf(signedUp, 9),
                propensity,
                day,
                activation,
                chosen,
                invitedBy,
                invites);
        users.add(user);
        plan.changes().add(userUpsert(user));
        return user;
    }

    private Change.UserUpsert userUpsert(SimUser user) {
        return new Change.UserUpsert(
                profile.id(),
                user.id,
                user.id + "@" + profile.id() + ".example.com",
                user.name,
                user.role,
                user.seat,
                user.signedUpAt,
                user.invitedBy);
    }
}
