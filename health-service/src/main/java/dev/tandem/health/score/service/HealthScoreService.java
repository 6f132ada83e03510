package dev.tandem.health.score.service;

import dev.tandem.health.domain.scoring.BandScheme;
import dev.tandem.health.domain.scoring.GroupInput;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.domain.scoring.LinearScoring;
import dev.tandem.health.domain.scoring.MeasureInput;
import dev.tandem.health.domain.scoring.ScorecardCalculator;
import dev.tandem.health.score.repository.MeasureDefinition;
import dev.tandem.health.score.repository.MeasureRepository;
import dev.tandem.health.score.repository.MetricReader;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an account now, on the default scorecard, from its aggregates: each measure's metric over its window turned
 * into points, then the weighted, redistributed, explained score of the pure scoring code.
 */
@ApplicationScoped
public class HealthScoreService {

    private final MeasureRepository measures;
    private final MetricReader metrics;
    private final ScorecardCalculator calculator = new ScorecardCalculator(BandScheme.standard());
    private final Clock clock;

    public HealthScoreService(MeasureRepository measures, MetricReader metrics, Clock clock) {
        this.measures = measures;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The account's score by the vendor's account id; N/A (null score) when it has no data yet. */
    @WithSession
    public Uni<HealthScore> score(String account) {
        return measures.defaultScorecard().chain(definitions -> score(account, definitions));
    }

    /**
     * The same on measures the caller already loaded, so that scoring many accounts reads the scorecard once.
     * Call it inside a session.
     */
    public Uni<HealthScore> score(String account, List<MeasureDefinition> definitions) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<MeasureInput> inputs = new ArrayList<>();
        // One after the other: a reactive session runs one statement at a time.
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (MeasureDefinition measure : definitions) {
            LocalDate from = today.minusDays(measure.windowDays() - 1L);
            chain = chain.chain(() -> metrics.value(measure.metric(), account, from))
                    .invoke(value -> inputs.add(input(measure, value)))
                    .replaceWithVoid();
        }
        return chain.map(done -> calculator.score(groups(definitions, inputs)));
    }

    private static MeasureInput input(MeasureDefinition measure, java.math.BigDecimal value) {
        var scoring =
                new LinearScoring(measure.fromValue(), measure.fromPoints(), measure.toValue(), measure.toPoints());
        return new MeasureInput(
                measure.key(), measure.name(), measure.weight(), value == null ? null : scoring.points(value), value);
    }

    private static List<GroupInput> groups(List<MeasureDefinition> definitions, List<MeasureInput> inputs) {
        Map<String, List<MeasureInput>> byGroup = new LinkedHashMap<>();
        Map<String, MeasureDefinition> groupOf = new LinkedHashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            MeasureDefinition definition = definitions.get(i);
            byGroup.computeIfAbsent(definition.groupKey(), key -> new ArrayList<>())
                    .add(inputs.get(i));
            groupOf.putIfAbsent(definition.groupKey(), definition);
        }
        return byGroup.entrySet().stream()
                .map(group -> new GroupInput(
                        group.getKey(),
                        groupOf.get(group.getKey()).groupName(),
                        groupOf.get(group.getKey()).groupWeight(),
                        group.getValue()))
                .toList();
    }
}
