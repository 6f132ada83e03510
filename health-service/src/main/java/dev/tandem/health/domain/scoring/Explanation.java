package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The line a CSM reads first: which measure with data pulls the score down most, and by how much; then which measures
 * have no data and why, so that an admin sees which integrations are missing.
 */
final class Explanation {

    private Explanation() {}

    static String of(List<GroupScore> groups) {
        Optional<Culprit> worst = groups.stream()
                .flatMap(group -> group.measures().stream().map(measure -> new Culprit(group, measure)))
                .filter(culprit -> culprit.measure().points() != null)
                .max(Comparator.comparing(culprit -> culprit.measure().lostPoints()));
        String line;
        if (worst.isEmpty() || worst.get().measure().lostPoints().compareTo(BigDecimal.ONE.movePointLeft(1)) < 0) {
            line = "Every measure with data is at full points.";
        } else {
            Culprit culprit = worst.get();
            line = "%s: %s scores %d of 100 and costs %d points."
                    .formatted(
                            culprit.group().name(),
                            culprit.measure().name(),
                            Rounding.toInteger(culprit.measure().points()),
                            Rounding.toInteger(culprit.measure().lostPoints()));
        }
        return line + withoutData(groups);
    }

    /** For a score no measure has data for. */
    static String ofNoData(List<GroupScore> groups) {
        return "No measure has data yet." + withoutData(groups);
    }

    /** " N/A: ROI results (no ROI reports received); …", or nothing when every measure with a reason has data. */
    private static String withoutData(List<GroupScore> groups) {
        List<String> missing = groups.stream()
                .flatMap(group -> group.measures().stream())
                .filter(measure -> measure.noData() != null)
                .map(measure -> measure.name() + " (" + measure.noData() + ")")
                .toList();
        return missing.isEmpty() ? "" : " N/A: " + String.join("; ", missing) + ".";
    }

    private record Culprit(GroupScore group, MeasureScore measure) {}
}
