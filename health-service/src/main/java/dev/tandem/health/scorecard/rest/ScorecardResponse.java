package dev.tandem.health.scorecard.rest;

import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.GroupDefinition;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.ScorecardCriteria;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.domain.Scoring;
import dev.tandem.health.scorecard.domain.Weights;
import dev.tandem.health.scorecard.domain.WhenNoData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A scorecard with each group's and measure's weight as configured and as its share of the whole. */
public record ScorecardResponse(
        UUID id,
        String name,
        boolean isDefault,
        ScorecardPurpose purpose,
        Integer qualifyAt,
        int priority,
        ScorecardCriteria criteria,
        int version,
        Instant updatedAt,
        List<Group> groups) {

    /** @param weightPercent the group's share of all groups' weights, two decimals */
    public record Group(
            String key,
            String name,
            String description,
            BigDecimal weight,
            BigDecimal weightPercent,
            List<Measure> measures) {}

    /**
     * @param weightPercent the measure's share of its group's measures' weights, two decimals
     * @param whenNoData what the measure counts for an account without data: NA (left out) unless set to ZERO
     */
    public record Measure(
            String key,
            String name,
            String metric,
            Integer windowDays,
            BigDecimal weight,
            BigDecimal weightPercent,
            Scoring scoring,
            WhenNoData whenNoData) {}

    static ScorecardResponse of(ConfiguredScorecard scorecard) {
        List<GroupDefinition> definitions = scorecard.definition().groups();
        List<BigDecimal> shares = Weights.asPercentages(
                definitions.stream().map(GroupDefinition::weight).toList(), 2);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            GroupDefinition group = definitions.get(i);
            groups.add(new Group(
                    group.key(), group.name(), group.description(), group.weight(), shares.get(i), measures(group)));
        }
        return new ScorecardResponse(
                scorecard.id(),
                scorecard.name(),
                scorecard.isDefault(),
                scorecard.purpose(),
                scorecard.qualifyAt(),
                scorecard.priority(),
                scorecard.criteria(),
                scorecard.version(),
                scorecard.updatedAt(),
                groups);
    }

    private static List<Measure> measures(GroupDefinition group) {
        List<BigDecimal> shares = Weights.asPercentages(
                group.measures().stream().map(MeasureDefinition::weight).toList(), 2);
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < group.measures().size(); i++) {
            MeasureDefinition m = group.measures().get(i);
            measures.add(new Measure(
                    m.key(),
                    m.name(),
                    m.metric(),
                    m.windowDays(),
                    m.weight(),
                    shares.get(i),
                    m.scoring(),
                    m.whenNoData() == null ? WhenNoData.NA : m.whenNoData()));
        }
        return measures;
    }
}
