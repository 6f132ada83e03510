package dev.tandem.cta.bench;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.account.domain.ScorePoint;
import dev.tandem.cta.rule.domain.Action;
import dev.tandem.cta.rule.domain.Observation;
import dev.tandem.cta.rule.domain.Observation.PqlObserved;
import dev.tandem.cta.rule.domain.Observation.ScoreObserved;
import dev.tandem.cta.rule.domain.Observation.SeatsObserved;
import dev.tandem.cta.rule.domain.Observation.SignalObserved;
import dev.tandem.cta.rule.domain.Observation.StageObserved;
import dev.tandem.cta.rule.domain.ReentryPolicy;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.RuleDefinition;
import dev.tandem.cta.rule.domain.RuleEngine;
import dev.tandem.cta.rule.domain.Scope;
import dev.tandem.cta.rule.domain.SignalFilter;
import dev.tandem.cta.rule.domain.Trigger;
import dev.tandem.cta.rule.domain.TriggerKind;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How many rules × events per second the rule engine evaluates on this machine: trigger edge and segment limits for
 * every enabled rule on every event, as the consumers call it. Not part of {@code verify}; run it with
 * {@code ./mvnw -o -f cta-service/pom.xml test -Dtest=RuleEngineBenchmark -Dtandem.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>It measures the engine alone. Per event the service also reads the account's facts and, for rules that fire,
 * writes the firing, the CTA and its event in one transaction: that database work, not the engine, bounds end-to-end
 * throughput.
 */
@EnabledIfSystemProperty(named = "tandem.bench", matches = "true")
class RuleEngineBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final int EVENTS = 20_000;

    @Test
    void evaluationsPerSecond() {
        Random random = new Random(42);
        List<Observation> events = events(random);
        List<AccountFacts> accounts = accounts(random);
        System.out.printf("%-8s %-12s %-16s %-18s %s%n", "rules", "events", "events/s", "rules x events/s", "fired");
        for (int rules : new int[] {10, 100, 1_000, 5_000}) {
            List<Rule> ruleSet = rules(rules, random);
            run(ruleSet, events, accounts, Math.max(1, 1_000 / rules)); // warm up the JIT
            long fired = 0;
            long start = System.nanoTime();
            // about 10^8 rule evaluations per rule-set size, a few seconds each
            int rounds = (int) Math.max(1, 100_000_000L / ((long) rules * EVENTS));
            for (int round = 0; round < rounds; round++) {
                fired += run(ruleSet, events, accounts, 1);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double eventsPerSecond = (double) rounds * EVENTS / seconds;
            System.out.printf(
                    "%-8d %-12d %-16.0f %-18.3e %d%n",
                    rules, (long) rounds * EVENTS, eventsPerSecond, eventsPerSecond * rules, fired);
        }
    }

    private static long run(List<Rule> rules, List<Observation> events, List<AccountFacts> accounts, int rounds) {
        long fired = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < events.size(); i++) {
                fired += RuleEngine.matching(rules, accounts.get(i % accounts.size()), events.get(i), Instant.EPOCH)
                        .size();
            }
        }
        return fired;
    }

    private static List<Rule> rules(int count, Random random) {
        List<Rule> rules = new ArrayList<>(count);
        TriggerKind[] kinds = {
            TriggerKind.BAND_ENTERED,
            TriggerKind.SCORE_DROPPED,
            TriggerKind.SEATS_NEARLY_USED,
            TriggerKind.PQL_CROSSED,
            TriggerKind.SIGNAL_MATCHED,
            TriggerKind.STAGE_ENTERED
        };
        for (int i = 0; i < count; i++) {
            TriggerKind kind = kinds[i % kinds.length];
            Trigger trigger = new Trigger(
                    kind,
                    HealthBand.values()[random.nextInt(3)],
                    5 + random.nextInt(30),
                    7 + random.nextInt(30),
                    80 + random.nextInt(20),
                    40 + random.nextInt(50),
                    LifecycleStage.values()[random.nextInt(LifecycleStage.values().length)],
                    null,
                    new SignalFilter(
                            random.nextBoolean() ? "nps_response" : "ticket_opened",
                            null,
                            null,
                            6.0,
                            random.nextBoolean() ? Map.of() : Map.of("priority", "urgent")));
            Scope scope = random.nextBoolean()
                    ? Scope.EVERYONE
                    : new Scope(Set.of(TouchModel.values()[random.nextInt(3)]), null, null);
            rules.add(new Rule(
                    UUID.randomUUID(),
                    new RuleDefinition(
                            "rule " + i,
                            true,
                            trigger,
                            scope,
                            ReentryPolicy.EVERY_TIME,
                            List.of(new Action(
                                    Action.Kind.CREATE_CTA,
                                    "RISK",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null))),
                    Instant.EPOCH));
        }
        return rules;
    }

    private static List<Observation> events(Random random) {
        List<Observation> events = new ArrayList<>(EVENTS);
        List<ScorePoint> history = new ArrayList<>();
        for (int day = 30; day > 0; day--) {
            history.add(new ScorePoint(NOW.minus(Duration.ofDays(day)), 40 + random.nextInt(60)));
        }
        for (int i = 0; i < EVENTS; i++) {
            int previous = random.nextInt(101);
            int score = random.nextInt(101);
            events.add(
                    switch (i % 5) {
                        case 0 -> new ScoreObserved(previous, score, band(previous), band(score), NOW, history);
                        case 1 -> new PqlObserved(previous, score);
                        case 2 -> new SeatsObserved(previous / 10, 10, score / 10, 10);
                        case 3 ->
                            new SignalObserved(
                                    random.nextBoolean() ? "nps_response" : "login",
                                    null,
                                    (double) random.nextInt(11),
                                    Map.of("priority", random.nextBoolean() ? "urgent" : "low"));
                        default ->
                            new StageObserved(
                                    LifecycleStage.values()[random.nextInt(6)],
                                    LifecycleStage.values()[random.nextInt(6)]);
                    });
        }
        return events;
    }

    private static List<AccountFacts> accounts(Random random) {
        List<AccountFacts> accounts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            accounts.add(new AccountFacts(
                    UUID.randomUUID(),
                    "Account " + i,
                    "Growth",
                    LifecycleStage.values()[random.nextInt(6)],
                    TouchModel.values()[random.nextInt(3)],
                    null,
                    random.nextInt(101),
                    null,
                    null,
                    null));
        }
        return accounts;
    }

    private static HealthBand band(int score) {
        return score < 40 ? HealthBand.RED : score < 70 ? HealthBand.YELLOW : HealthBand.GREEN;
    }
}
