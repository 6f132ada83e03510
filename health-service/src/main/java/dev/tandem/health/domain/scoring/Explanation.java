package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The one line a CSM reads first: which measure pulls the score down most, and by how much. */
final class Explanation {

    private Explanation() {}

    static String of(List<GroupScore> groups) {
        Optional<Culprit> worst = groups.stream()
                .flatMap(group -> group.measures().stream().map(measure -> new Culprit(group, measure)))
                .filter(culprit -> culprit.measure().points() != null)
                .max(Comparator.comparing(culprit -> culprit.measure().lostPoints()));
        if (worst.isEmpty() || worst.get().measure().lostPoints().compareTo(BigDecimal.ONE.movePointLeft(1)) < 0) {
            return "Every measure with data is at full points.";
        }
        Culprit culprit = worst.get();
        return "%s: %s scores %d of 100 and costs %d points."
                .formatted(
                        culprit.group().name(),
                        culprit.measure().name(),
                        Rounding.toInteger(culprit.measure().points()),
                        Rounding.toInteger(culprit.measure().lostPoints()));
    }

    private record Culprit(GroupScore group, MeasureScore measure) {}
}
