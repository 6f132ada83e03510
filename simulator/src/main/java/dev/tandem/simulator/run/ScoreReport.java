package dev.tandem.simulator.run;

import dev.tandem.simulator.model.AccountTruth;
import dev.tandem.simulator.model.HiddenState;
import dev.tandem.simulator.model.RocAuc;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's health scores of the paying accounts set against the ground truth: how well a low score warns of
 * churn (ROC AUC), and the scores by hidden state.
 *
 * @param scores the paying accounts that have a score, with it
 */
public record ScoreReport(List<Scored> scores) {

    /** A paying account's truth and its score now. */
    public record Scored(AccountTruth truth, int score) {}

    /** The ROC AUC of the score for the churn outcome: 1.0 when every churner scores below every other account. */
    public double churnAuc() {
        return RocAuc.lowScoreMeansPositive(scores.stream()
                .map(scored -> new RocAuc.Scored(scored.score(), scored.truth().churns()))
                .toList());
    }

    public double medianOf(HiddenState state) {
        List<Integer> values = new ArrayList<>(scoresOf(state));
        if (values.isEmpty()) {
            return Double.NaN;
        }
        values.sort(Integer::compare);
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2.0;
    }

    public List<Integer> scoresOf(HiddenState state) {
        return scores.stream()
                .filter(scored -> scored.truth().state() == state)
                .map(Scored::score)
                .toList();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        Map<HiddenState, List<Integer>> byState = new EnumMap<>(HiddenState.class);
        for (HiddenState state : HiddenState.values()) {
            byState.put(state, scoresOf(state));
        }
        lines.add(String.format("%-20s %8s %8s %8s %8s", "hidden state", "scored", "median", "min", "max"));
        byState.forEach((state, values) -> {
            if (!values.isEmpty()) {
                lines.add(String.format(
                        "%-20s %8d %8.1f %8d %8d",
                        state,
                        values.size(),
                        medianOf(state),
                        values.stream().mapToInt(Integer::intValue).min().orElseThrow(),
                        values.stream().mapToInt(Integer::intValue).max().orElseThrow()));
            }
        });
        long churners =
                scores.stream().filter(scored -> scored.truth().churns()).count();
        if (churners > 0 && churners < scores.size()) {
            lines.add(String.format(
                    "ROC AUC of the health score for churn: %.3f (%d churning of %d scored paying accounts)",
                    churnAuc(), churners, scores.size()));
        }
        return lines;
    }
}
