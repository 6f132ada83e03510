package dev.tandem.cta.rule.domain;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's trigger: its kind and the parameters that kind reads (the others stay null).
 *
 * @param points score drop for {@link TriggerKind#SCORE_DROPPED}
 * @param days window for {@link TriggerKind#SCORE_DROPPED}, lead time for {@link TriggerKind#RENEWAL_APPROACHING},
 *     the longest time without contact for {@link TriggerKind#NO_DECISION_MAKER_CONTACT}
 * @param percent seat utilisation for {@link TriggerKind#SEATS_NEARLY_USED}, 90 when unset; the week-over-week drop
 *     for {@link TriggerKind#ACTIVE_USERS_DROPPED}
 * @param threshold PQL score for {@link TriggerKind#PQL_CROSSED}
 */
public record Trigger(
        TriggerKind kind,
        HealthBand band,
        Integer points,
        Integer days,
        Integer percent,
        Integer threshold,
        LifecycleStage stage,
        TouchModel touchModel,
        SignalFilter signal) {

    static final int DEFAULT_SEAT_PERCENT = 90;

    /** What is missing or out of range for this kind, as field name and reason; empty when the trigger is usable. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldError("kind", "is required"));
            return problems;
        }
        switch (kind) {
            case BAND_ENTERED -> require(problems, band != null, "band");
            case SCORE_DROPPED -> {
                positive(problems, points, "points");
                positive(problems, days, "days");
            }
            case SEATS_NEARLY_USED -> {
                if (percent != null && (percent < 1 || percent > 100)) {
                    problems.add(new FieldError("percent", "must be between 1 and 100"));
                }
            }
            case RENEWAL_APPROACHING, NO_DECISION_MAKER_CONTACT -> positive(problems, days, "days");
            case ACTIVE_USERS_DROPPED -> {
                if (percent == null || percent < 1 || percent > 100) {
                    problems.add(new FieldError("percent", "must be between 1 and 100 for this trigger kind"));
                }
            }
            case PQL_CROSSED -> positive(problems, threshold, "threshold");
            case SIGNAL_MATCHED -> require(problems, signal != null, "signal");
            case STAGE_ENTERED -> require(problems, stage != null, "stage");
            case SEGMENT_ENTERED -> require(problems, touchModel != null, "touchModel");
            case ONBOARDING_OVERDUE,
                    ONBOARDING_FAILED,
                    ONBOARDING_EXTENDED,
                    ONBOARDING_SUCCEEDED,
                    OBJECTIVE_AT_RISK -> {
                // nothing to configure: the event is the edge
            }
        }
        return problems;
    }

    private static void require(List<FieldError> problems, boolean present, String field) {
        if (!present) {
            problems.add(new FieldError(field, "is required for this trigger kind"));
        }
    }

    private static void positive(List<FieldError> problems, Integer value, String field) {
        if (value == null || value < 1) {
            problems.add(new FieldError(field, "must be a whole number of at least 1 for this trigger kind"));
        }
    }
}
