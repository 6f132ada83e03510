package dev.tandem.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:30:00Z");

    private static List<DayPlan> run(SimulationSettings settings) {
        Simulation simulation = new Simulation(settings);
        List<DayPlan> days = new ArrayList<>();
        while (simulation.hasNextDay()) {
            days.add(simulation.nextDay());
        }
        return days;
    }

    @Test
    void the_same_settings_give_the_same_changes_and_signals_with_the_same_event_ids() {
        SimulationSettings settings = SimulationSettings.demo(NOW).withSize(60, 30);

        assertThat(run(settings)).isEqualTo(run(settings));
    }

    @Test
    void another_seed_gives_another_customer_base() {
        SimulationSettings settings = SimulationSettings.demo(NOW).withSize(60, 30);
        SimulationSettings other =
                new SimulationSettings(7, 60, 30, settings.freeShare(), settings.viralK(), "demo", NOW);

        assertThat(run(settings).get(0).changes())
                .isNotEqualTo(run(other).get(0).changes());
    }

    @Test
    void the_demo_company_has_about_500_accounts_5000_users_and_every_hidden_state() {
        Simulation simulation = new Simulation(SimulationSettings.demo(NOW));
        while (simulation.hasNextDay()) {
            simulation.nextDay();
        }
        List<AccountTruth> truth = simulation.groundTruth();

        assertThat(truth).hasSize(500);
        assertThat(truth.stream().mapToInt(AccountTruth::users).sum()).isBetween(4_000, 6_000);
        assertThat(truth.stream().map(AccountTruth::state).distinct()).containsExactlyInAnyOrder(HiddenState.values());
        assertThat(truth.stream().filter(AccountTruth::startsFree).count()).isBetween(90L, 160L);
        assertThat(truth.stream().filter(AccountTruth::contractEnded)).isNotEmpty();
        assertThat(truth.stream().map(AccountTruth::outcome).distinct()).contains(Outcome.values());
    }

    @Test
    void nobody_signs_up_after_now_even_early_on_the_last_day() {
        Instant earlyMorning = Instant.parse("2026-11-23T06:00:00Z");
        SimulationSettings settings = new SimulationSettings(5, 300, 30, 0.5, 0.5, "early", earlyMorning);

        for (DayPlan day : run(settings)) {
            for (Change change : day.changes()) {
                if (change instanceof Change.AccountUpsert account) {
                    assertThat(account.signedUpAt()).isBefore(earlyMorning);
                }
                if (change instanceof Change.UserUpsert user) {
                    assertThat(user.signedUpAt()).isBefore(earlyMorning);
                }
            }
        }
    }

    @Test
    void signals_fall_inside_their_day_and_never_after_now() {
        SimulationSettings settings = SimulationSettings.demo(NOW).withSize(40, 10);

        for (DayPlan day : run(settings)) {
            assertThat(day.signals()).allSatisfy(signal -> {
                assertThat(signal.occurredAt()).isBefore(NOW);
                assertThat(signal.occurredAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                        .isEqualTo(day.date());
            });
        }
    }

    @Test
    void a_churn_bound_account_is_used_far_less_at_the_end_than_a_healthy_one() {
        SimulationSettings settings = SimulationSettings.demo(NOW).withSize(400, 60);
        Simulation simulation = new Simulation(settings);
        Map<String, AccountProfile> profiles = CustomerBase.generate(settings).stream()
                .collect(Collectors.toMap(AccountProfile::id, profile -> profile));
        Map<HiddenState, Long> lastWeekLogins = new java.util.EnumMap<>(HiddenState.class);
        while (simulation.hasNextDay()) {
            DayPlan day = simulation.nextDay();
            if (day.day() >= 53) {
                day.signals().stream()
                        .filter(signal -> signal.type().equals("login"))
                        .map(signal -> profiles.get(signal.accountId()))
                        .filter(Predicate.not(AccountProfile::startsFree))
                        .forEach(profile -> lastWeekLogins.merge(profile.state(), 1L, Long::sum));
            }
        }
        Map<HiddenState, Long> accounts = profiles.values().stream()
                .filter(Predicate.not(AccountProfile::startsFree))
                .collect(Collectors.groupingBy(AccountProfile::state, Collectors.counting()));
        double healthyPerAccount = lastWeekLogins.get(HiddenState.HEALTHY) / (double) accounts.get(HiddenState.HEALTHY);
        double churningPerAccount = lastWeekLogins.getOrDefault(HiddenState.CHURN_BOUND, 0L)
                / (double) accounts.get(HiddenState.CHURN_BOUND);

        assertThat(churningPerAccount).isLessThan(healthyPerAccount / 4);
    }

    @Test
    void half_of_the_invites_free_users_send_are_accepted_and_bring_new_users() {
        SimulationSettings settings = new SimulationSettings(3, 2_000, 90, 1.0, 0.5, "viral", NOW);
        Simulation simulation = new Simulation(settings);
        java.util.Set<String> users = new java.util.HashSet<>();
        java.util.Set<String> invitedUsers = new java.util.HashSet<>();
        long invitesSent = 0;
        while (simulation.hasNextDay()) {
            DayPlan day = simulation.nextDay();
            for (Change change : day.changes()) {
                // A user is reported again when their account starts paying: count people, not reports.
                if (change instanceof Change.UserUpsert user) {
                    users.add(user.userId());
                    if (user.invitedBy() != null) {
                        invitedUsers.add(user.userId());
                    }
                }
            }
            invitesSent += day.signals().stream()
                    .filter(s -> s.type().equals("invite_sent"))
                    .count();
        }
        double acceptance = invitedUsers.size() / (double) invitesSent;

        // Not every user lives long enough, or is active often enough, to send all their invites: K is a ceiling.
        assertThat(acceptance).isBetween(0.45, 0.55);
        assertThat(invitedUsers.size() / (double) users.size()).isBetween(0.15, 0.5);
    }

    @Test
    void live_use_after_the_backfill_comes_at_the_asked_rate_from_accounts_still_using_the_product() {
        SimulationSettings settings = SimulationSettings.demo(NOW).withSize(200, 30);
        Simulation simulation = new Simulation(settings);
        while (simulation.hasNextDay()) {
            simulation.nextDay();
        }
        java.util.Set<String> ended = simulation.groundTruth().stream()
                .filter(AccountTruth::contractEnded)
                .map(AccountTruth::accountId)
                .collect(Collectors.toSet());
        Instant at = NOW.plusSeconds(5);

        List<SignalDraft> signals = simulation.liveSignals(3, 250, at);

        assertThat(signals).hasSize(250).allSatisfy(signal -> {
            assertThat(signal.occurredAt()).isEqualTo(at);
            assertThat(signal.type()).isIn("login", "feature_used");
            assertThat(signal.accountId()).isNotIn(ended);
        });
        assertThat(signals.stream().map(SignalDraft::eventId).distinct()).hasSize(250);
    }

    @Test
    void settings_out_of_range_are_refused_with_the_reason() {
        assertThatThrownBy(() -> SimulationSettings.demo(NOW).withSize(0, 10))
                .hasMessage("accounts must be between 1 and 200000");
        assertThatThrownBy(() -> SimulationSettings.demo(NOW).withSize(10, 1_096))
                .hasMessage("days must be between 1 and 1095");
        assertThatThrownBy(() -> new SimulationSettings(1, 10, 10, 0.2, 1.5, "demo", NOW))
                .hasMessage("K must be between 0 and 0.95");
    }
}
