package dev.tandem.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator's truth is not circular: churn is decided at renewal from product use, and the other behaviours relate
 * to it as {@link ChurnLinks} says. Judged as a churn analysis would: each renewal's outcome against the account's
 * counts over the 30 days ending 90 days before it.
 */
class ChurnTruthTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:30:00Z");
    private static final List<String> TYPES =
            List.of("login", "feature_used", "ticket_opened", "email_opened", "email_clicked", "event_attended");

    /** Per account, per day, the count of each of {@link #TYPES}. */
    private static final Map<String, long[][]> COUNTS = new HashMap<>();

    private static final List<Renewal> RENEWALS = new ArrayList<>();
    private static SimulationSettings settings;

    private record Renewal(String accountId, int day, boolean churned) {}

    @BeforeAll
    static void simulate() {
        settings = new SimulationSettings(11, 800, 450, 0.0, 0.5, "truth", NOW);
        Simulation simulation = new Simulation(settings);
        Set<String> contracts = new HashSet<>();
        while (simulation.hasNextDay()) {
            DayPlan day = simulation.nextDay();
            for (SignalDraft signal : day.signals()) {
                int type = TYPES.indexOf(signal.type());
                if (type >= 0) {
                    COUNTS.computeIfAbsent(signal.accountId(), a -> new long[settings.days()][TYPES.size()])[day.day()][
                            type]++;
                }
            }
            for (Change change : day.changes()) {
                if (change instanceof Change.ContractUpsert contract) {
                    boolean known = !contracts.add(contract.contractId());
                    if (contract.status().equals("ENDED")) {
                        RENEWALS.add(new Renewal(contract.accountId(), day.day(), true));
                    } else if (known && contract.startDate().equals(day.date())) {
                        RENEWALS.add(new Renewal(contract.accountId(), day.day(), false));
                    }
                }
            }
        }
    }

    @Test
    void churn_is_decided_at_renewal_and_enough_renewals_fall_in_a_long_run() {
        long churned = RENEWALS.stream().filter(Renewal::churned).count();

        assertThat(churned).isGreaterThanOrEqualTo(60);
        assertThat(RENEWALS.size() - churned).isGreaterThanOrEqualTo(200);
        assertThat(ChurnModel.churnChance(ChurnModel.featureUsesADay(10, HiddenState.HEALTHY.usage(0.5), 2)))
                .isLessThan(0.1);
        assertThat(ChurnModel.churnChance(ChurnModel.featureUsesADay(10, HiddenState.CHURN_BOUND.usage(0.5), 2)))
                .isGreaterThan(0.4);
    }

    @Test
    void the_value_realised_warns_of_churn_strongly_and_days_with_any_use_much_less() {
        double features = auc("feature_used", false);
        assertThat(features).isGreaterThan(0.75);
        assertThat(auc("login", false)).isGreaterThan(0.7);
        // Days with use, as DEAR reads them (full points from 20 of 30): most accounts that leave are there daily.
        double[] activeDays = new double[RENEWALS.size()];
        for (int i = 0; i < RENEWALS.size(); i++) {
            activeDays[i] = Math.min(20, activeDays(RENEWALS.get(i)));
        }
        double days = auc(activeDays, false);
        System.out.printf("active days (capped at 20): AUC %.3f%n", days);
        assertThat(days).isLessThan(features - 0.1);
    }

    @Test
    void webinars_say_nothing_about_churn() {
        assertThat(auc("event_attended", false)).isBetween(0.4, 0.6);
    }

    @Test
    void many_tickets_and_many_marketing_clicks_are_not_the_signs_of_churn_a_csm_would_read_them_as() {
        // Fewer tickets go with churn, not more: an account about to leave asks nothing.
        assertThat(auc("ticket_opened", false)).isGreaterThan(0.6);
        // Clicks per email opened are highest among the accounts that leave.
        double[] clicksPerOpen = new double[RENEWALS.size()];
        for (int i = 0; i < RENEWALS.size(); i++) {
            long[] window = window(RENEWALS.get(i));
            clicksPerOpen[i] =
                    window[TYPES.indexOf("email_clicked")] / Math.max(1.0, window[TYPES.indexOf("email_opened")]);
        }
        assertThat(auc(clicksPerOpen, true)).isGreaterThan(0.6);
    }

    @Test
    void the_links_name_product_use_strong_and_nothing_else() {
        assertThat(ChurnLinks.strong()).containsExactlyInAnyOrder("logins", "feature_uses");
        assertThat(ChurnLinks.byMetric()).containsEntry("tickets_opened", ChurnLinks.Link.COUNTER_INTUITIVE);
        assertThat(ChurnLinks.byMetric()).containsEntry("roi_reports", ChurnLinks.Link.NONE);
    }

    /** The AUC of a type's 30-day count as a churn warning: low warns unless {@code highWarns}. */
    private static double auc(String type, boolean highWarns) {
        double[] values = new double[RENEWALS.size()];
        for (int i = 0; i < RENEWALS.size(); i++) {
            values[i] = window(RENEWALS.get(i))[TYPES.indexOf(type)];
        }
        double auc = auc(values, highWarns);
        System.out.printf("%s: AUC %.3f over %d renewals%n", type, auc, RENEWALS.size());
        return auc;
    }

    private static double auc(double[] values, boolean highWarns) {
        List<RocAuc.Scored> scored = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            scored.add(new RocAuc.Scored(
                    highWarns ? -values[i] : values[i], RENEWALS.get(i).churned()));
        }
        return RocAuc.lowScoreMeansPositive(scored);
    }

    private static int activeDays(Renewal renewal) {
        long[][] days = COUNTS.get(renewal.accountId());
        int end = renewal.day() - 90;
        int active = 0;
        for (int day = Math.max(0, end - 29); day <= end && days != null; day++) {
            active += days[day][TYPES.indexOf("login")] > 0 ? 1 : 0;
        }
        return active;
    }

    /** The account's counts over the 30 days ending 90 days before the renewal (zeros before the first day). */
    private static long[] window(Renewal renewal) {
        long[] sums = new long[TYPES.size()];
        long[][] days = COUNTS.get(renewal.accountId());
        int end = renewal.day() - 90;
        for (int day = Math.max(0, end - 29); day <= end && days != null; day++) {
            for (int t = 0; t < TYPES.size(); t++) {
                sums[t] += days[day][t];
            }
        }
        return sums;
    }
}
