package dev.tandem.health.scorecard.rest;

import dev.tandem.health.scorecard.domain.Scorecard;
import dev.tandem.health.scorecard.domain.ScorecardGroup;
import dev.tandem.health.scorecard.domain.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A scorecard with each group's weight as configured and as its share of the whole. */
public record ScorecardResponse(UUID id, String name, boolean isDefault, List<Group> groups) {

    /** @param weightPercent the group's share of all groups' weights, two decimals */
    public record Group(String key, String name, String description, BigDecimal weight, BigDecimal weightPercent) {}

    static ScorecardResponse of(Scorecard scorecard) {
        List<BigDecimal> percentages = Weights.asPercentages(
                scorecard.groups.stream().map(g -> g.weight).toList(), 2);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < scorecard.groups.size(); i++) {
            ScorecardGroup group = scorecard.groups.get(i);
            groups.add(new Group(group.key, group.name, group.description, group.weight, percentages.get(i)));
        }
        return new ScorecardResponse(scorecard.id, scorecard.name, scorecard.isDefault, groups);
    }
}
