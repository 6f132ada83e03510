package dev.tandem.cta.plan.service;

import dev.tandem.cta.plan.domain.GoalKind;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.repository.MetricReadings;
import dev.tandem.cta.plan.repository.PlanObjectiveRepository;
import dev.tandem.events.health.MeasureReading;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values of metrics as they arrive, from the events cta-service consumes anyway: a health score's metrics
 * ({@code ScoreChanged.measures}) and the ROI figures customers report ({@code roi_reported} signals). Each is kept as
 * the account's latest and moves the objectives measured by it, inside the consuming transaction.
 */
@ApplicationScoped
public class PlanReadings {

    private static final BigDecimal STORABLE = new BigDecimal("1e16");

    private final MetricReadings readings;
    private final PlanObjectiveRepository objectives;
    private final ObjectiveEvaluator evaluator;
    private final Clock clock;

    public PlanReadings(
            MetricReadings readings, PlanObjectiveRepository objectives, ObjectiveEvaluator evaluator, Clock clock) {
        this.readings = readings;
        this.objectives = objectives;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /**
     * A score's metrics. A scorecard may read one metric over two windows; the first it lists is the one kept, so an
     * objective follows one series.
     */
    public Uni<Void> healthMeasured(UUID accountId, List<MeasureReading> measures, Instant at) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        measures.forEach(measure -> {
            if (measure.metric() != null && !values.containsKey(measure.metric())) {
                values.put(measure.metric(), measure.value());
            }
        });
        return measured(accountId, GoalKind.HEALTH, values, at);
    }

    public Uni<Void> roiReported(UUID accountId, String metric, BigDecimal value, Instant at) {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put(metric, value);
        return measured(accountId, GoalKind.ROI, values, at);
    }

    private Uni<Void> measured(UUID accountId, GoalKind kind, Map<String, BigDecimal> given, Instant at) {
        // A figure NUMERIC(20, 4) cannot hold is no measurement of a customer; dropped rather than failing the event.
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        given.forEach((metric, value) -> {
            if (value == null || value.abs().compareTo(STORABLE) < 0) {
                values.put(metric, value);
            }
        });
        if (values.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return readings.record(accountId, kind, values, at)
                .chain(() -> objectives.onMetrics(accountId, kind, values.keySet()))
                .chain(found -> {
                    List<PlanObjective> moved = found.stream()
                            .filter(objective -> objective.measuredAt == null || !at.isBefore(objective.measuredAt))
                            .toList();
                    moved.forEach(objective -> {
                        objective.currentValue = values.get(objective.metric);
                        objective.measuredAt = at;
                    });
                    return evaluator.evaluate(moved, false, clock.instant());
                })
                .replaceWithVoid();
    }
}
