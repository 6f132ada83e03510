package dev.tandem.health.analysis.rest;

import dev.tandem.health.analysis.domain.AnalysisParameters;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/churn-analyses}; every field may be left out.
 *
 * @param scorecardId the health scorecard to compare with and start from; the default one when omitted
 * @param horizonDays how long before each outcome its measures are read: 90 when omitted (renewal preparation starts
 *     120 days ahead, so what is seen then is what a CSM can still act on)
 * @param lookBackDays the outcomes of this many days up to today: 730 when omitted
 * @param windowDays the window of the candidate metrics: 30 when omitted
 * @param manualWeight the share (0-100) the CSM's sentiment keeps in the suggestion: 10 when omitted
 * @param pinned measures of the scorecard kept in the suggestion at the share (0-100) the admin gives each
 */
public record ChurnAnalysisRequest(
        UUID scorecardId,
        Integer horizonDays,
        Integer lookBackDays,
        Integer windowDays,
        BigDecimal manualWeight,
        List<Pin> pinned) {

    /** A measure kept at a weight. */
    public record Pin(String measureKey, BigDecimal weight) {}

    static final int MAX_PINNED = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The parameters asked, or 400 naming each field that is out of bounds. */
    AnalysisParameters toParameters(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        int horizon = within(errors, "horizonDays", horizonDays, 90, 1, 365);
        int lookBack = within(errors, "lookBackDays", lookBackDays, 730, 30, 3_650);
        int window = within(errors, "windowDays", windowDays, 30, 1, 365);
        BigDecimal manual = manualWeight == null ? BigDecimal.TEN : manualWeight;
        if (manual.signum() < 0 || manual.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("manualWeight", "must be between 0 and 100"));
        }
        List<AnalysisParameters.Pin> pins = pins(errors);
        BigDecimal kept = pins.stream().map(AnalysisParameters.Pin::weight).reduce(manual, BigDecimal::add);
        if (errors.isEmpty() && kept.compareTo(HUNDRED) >= 0) {
            errors.add(new FieldError(
                    "pinned", "with manualWeight must weigh less than 100 in all, leaving room for fitted measures"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AnalysisParameters(scorecardId, today.minusDays(lookBack), today, horizon, window, manual, pins);
    }

    private List<AnalysisParameters.Pin> pins(List<FieldError> errors) {
        if (pinned == null) {
            return List.of();
        }
        if (pinned.size() > MAX_PINNED) {
            errors.add(new FieldError("pinned", "may hold at most " + MAX_PINNED + " measures"));
            return List.of();
        }
        List<AnalysisParameters.Pin> pins = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pinned.size(); i++) {
            Pin pin = pinned.get(i);
            String path = "pinned[" + i + "]";
            if (pin == null
                    || pin.measureKey() == null
                    || pin.measureKey().isBlank()
                    || pin.measureKey().length() > 40) {
                errors.add(new FieldError(path + ".measureKey", "is required: a measure key of the scorecard"));
                continue;
            }
            if (!seen.add(pin.measureKey())) {
                errors.add(new FieldError(path + ".measureKey", "is pinned twice"));
            }
            if (pin.weight() == null
                    || pin.weight().signum() <= 0
                    || pin.weight().compareTo(HUNDRED) > 0) {
                errors.add(new FieldError(path + ".weight", "must be above 0 and at most 100"));
                continue;
            }
            pins.add(new AnalysisParameters.Pin(pin.measureKey(), pin.weight()));
        }
        return pins;
    }

    private static int within(List<FieldError> errors, String field, Integer value, int otherwise, int min, int max) {
        if (value == null) {
            return otherwise;
        }
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
        return value;
    }
}
