package dev.tandem.health.scorecard.domain;

import dev.tandem.health.domain.scoring.GroupInput;
import dev.tandem.health.domain.scoring.MeasureInput;
import dev.tandem.health.domain.scoring.ThresholdScoring.Threshold;
import dev.tandem.platform.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a scorecard scores: weighted groups of weighted measures. {@link #problems} holds a definition to the rules the
 * scoring relies on, so that a stored definition always scores.
 */
public record ScorecardDefinition(List<GroupDefinition> groups) {

    /** The longest window a measure may have: a user with no signal in it has no data under any scorecard. */
    public static final int LONGEST_WINDOW_DAYS = 365;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);
    private static final int MAX_GROUPS = 10;
    private static final int MAX_MEASURES = 20;

    public Stream<MeasureDefinition> measures() {
        return groups.stream().flatMap(group -> group.measures().stream());
    }

    /**
     * The calculator's input for one account: each measure's points from its value, which {@code valueOf} gives (none,
     * with the reason, leaving the measure out).
     */
    public List<GroupInput> inputs(Function<MeasureDefinition, MeasureValue> valueOf) {
        return groups.stream()
                .map(group -> new GroupInput(
                        group.key(),
                        group.name(),
                        group.weight(),
                        group.measures().stream()
                                .map(measure -> {
                                    MeasureValue read = valueOf.apply(measure);
                                    BigDecimal value = read.value();
                                    return new MeasureInput(
                                            measure.key(),
                                            measure.name(),
                                            measure.weight(),
                                            value == null
                                                    ? null
                                                    : measure.scoring().points(value),
                                            value,
                                            read.noData());
                                })
                                .toList()))
                .toList();
    }

    /**
     * What is wrong with the definition, each error at its path ({@code groups[1].measures[0].scoring.toValue});
     * empty when it can be stored.
     *
     * @param knownMetrics the metrics the service can compute
     */
    public List<FieldError> problems(Set<String> knownMetrics) {
        List<FieldError> errors = new ArrayList<>();
        if (groups == null || groups.isEmpty()) {
            errors.add(new FieldError("groups", "must hold at least one group"));
            return errors;
        }
        if (groups.size() > MAX_GROUPS) {
            errors.add(new FieldError("groups", "may hold at most " + MAX_GROUPS + " groups"));
        }
        Set<String> groupKeys = new HashSet<>();
        Set<String> measureKeys = new HashSet<>();
        boolean anyGroupWeight = false;
        for (int g = 0; g < groups.size(); g++) {
            GroupDefinition group = groups.get(g);
            String path = "groups[" + g + "]";
            if (group == null) {
                errors.add(new FieldError(path, "must not be null"));
                continue;
            }
            checkKey(errors, path + ".key", group.key(), groupKeys);
            checkName(errors, path + ".name", group.name());
            if (group.description() != null && group.description().length() > 500) {
                errors.add(new FieldError(path + ".description", "must be at most 500 characters"));
            }
            anyGroupWeight |= checkWeight(errors, path + ".weight", group.weight());
            checkMeasures(errors, path, group.measures(), measureKeys, knownMetrics);
        }
        if (errors.isEmpty() && !anyGroupWeight) {
            errors.add(new FieldError("groups", "at least one group must weigh more than 0"));
        }
        return errors;
    }

    private static void checkMeasures(
            List<FieldError> errors,
            String groupPath,
            List<MeasureDefinition> measures,
            Set<String> measureKeys,
            Set<String> knownMetrics) {
        if (measures == null || measures.isEmpty()) {
            errors.add(new FieldError(groupPath + ".measures", "must hold at least one measure"));
            return;
        }
        if (measures.size() > MAX_MEASURES) {
            errors.add(new FieldError(groupPath + ".measures", "may hold at most " + MAX_MEASURES + " measures"));
        }
        for (int m = 0; m < measures.size(); m++) {
            MeasureDefinition measure = measures.get(m);
            String path = groupPath + ".measures[" + m + "]";
            if (measure == null) {
                errors.add(new FieldError(path, "must not be null"));
                continue;
            }
            checkKey(errors, path + ".key", measure.key(), measureKeys);
            checkName(errors, path + ".name", measure.name());
            checkWeight(errors, path + ".weight", measure.weight());
            checkScoring(errors, path, measure, knownMetrics);
        }
    }

    private static void checkScoring(
            List<FieldError> errors, String path, MeasureDefinition measure, Set<String> knownMetrics) {
        Scoring scoring = measure.scoring();
        if (scoring == null || scoring.type() == null) {
            errors.add(new FieldError(path + ".scoring.type", "must be LINEAR, THRESHOLD or MANUAL"));
            return;
        }
        if (scoring.type() == ScoringType.MANUAL) {
            if (measure.metric() != null) {
                errors.add(new FieldError(path + ".metric", "must be absent: a CSM sets a MANUAL measure's points"));
            }
            return;
        }
        if (measure.metric() == null || !knownMetrics.contains(measure.metric())) {
            errors.add(new FieldError(
                    path + ".metric",
                    "must be one of " + knownMetrics.stream().sorted().toList()));
        }
        if (measure.windowDays() == null || measure.windowDays() < 1 || measure.windowDays() > LONGEST_WINDOW_DAYS) {
            errors.add(new FieldError(path + ".windowDays", "must be between 1 and " + LONGEST_WINDOW_DAYS));
        }
        if (scoring.type() == ScoringType.LINEAR) {
            checkLine(errors, path + ".scoring", scoring);
        } else {
            checkThresholds(errors, path + ".scoring.thresholds", scoring.thresholds());
        }
    }

    private static void checkLine(List<FieldError> errors, String path, Scoring scoring) {
        if (scoring.fromValue() == null) {
            errors.add(new FieldError(path + ".fromValue", "must be given for LINEAR scoring"));
        }
        if (scoring.toValue() == null) {
            errors.add(new FieldError(path + ".toValue", "must be given for LINEAR scoring"));
        }
        if (scoring.fromValue() != null
                && scoring.toValue() != null
                && scoring.fromValue().compareTo(scoring.toValue()) == 0) {
            errors.add(new FieldError(path + ".toValue", "must differ from fromValue: a line needs two values"));
        }
        checkPoints(errors, path + ".fromPoints", scoring.fromPoints());
        checkPoints(errors, path + ".toPoints", scoring.toPoints());
    }

    private static void checkThresholds(List<FieldError> errors, String path, List<Threshold> thresholds) {
        if (thresholds == null || thresholds.isEmpty()) {
            errors.add(new FieldError(path, "must hold at least one threshold for THRESHOLD scoring"));
            return;
        }
        BigDecimal previous = null;
        for (int t = 0; t < thresholds.size(); t++) {
            Threshold threshold = thresholds.get(t);
            String at = path + "[" + t + "]";
            if (threshold == null || threshold.atLeast() == null) {
                errors.add(new FieldError(at + ".atLeast", "must be given"));
                continue;
            }
            if (previous != null && threshold.atLeast().compareTo(previous) <= 0) {
                errors.add(new FieldError(at + ".atLeast", "must be above the previous threshold's"));
            }
            previous = threshold.atLeast();
            checkPoints(errors, at + ".points", threshold.points());
        }
    }

    private static void checkKey(List<FieldError> errors, String path, String key, Set<String> seen) {
        if (key == null || !KEY.matcher(key).matches()) {
            errors.add(new FieldError(
                    path, "must be 1-40 lower-case letters, digits or -, starting with a letter or digit"));
        } else if (!seen.add(key)) {
            errors.add(new FieldError(path, "is used twice in this scorecard"));
        }
    }

    private static void checkName(List<FieldError> errors, String path, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            errors.add(new FieldError(path, "must be 1-100 characters"));
        }
    }

    /** @return whether the weight counts for anything */
    private static boolean checkWeight(List<FieldError> errors, String path, BigDecimal weight) {
        if (weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            errors.add(new FieldError(path, "must be between 0 and 1000"));
            return false;
        }
        return weight.signum() > 0;
    }

    private static void checkPoints(List<FieldError> errors, String path, BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError(path, "must be between 0 and 100"));
        }
    }
}
