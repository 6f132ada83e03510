package dev.tandem.cta.rule.domain;

import dev.tandem.cta.rule.domain.Observation.DecisionMakerContactObserved;
import dev.tandem.cta.rule.domain.Observation.ObjectiveObserved;
import dev.tandem.cta.rule.domain.Observation.PqlObserved;
import dev.tandem.cta.rule.domain.Observation.SeatsObserved;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the condition behind a trigger still holds, as far as an observation tells: the level under the edge a rule
 * fired on. A CTA a rule opened is resolved once its condition has stopped holding for the rule's period, and it is
 * this that says when the condition stopped, and when it came back (a PQL score falling under the threshold and rising
 * again, seats freed and taken again).
 *
 * <p>Kinds followed here: {@link TriggerKind#PQL_CROSSED} (the PQL score at or above the threshold), {@link
 * TriggerKind#SEATS_NEARLY_USED} (paid users at or above the share of seats), {@link TriggerKind#OBJECTIVE_AT_RISK}
 * (an objective of the account's success plan at risk or missed) and {@link TriggerKind#NO_DECISION_MAKER_CONTACT}
 * (the last touchpoint with a decision maker older than the rule's days). {@link TriggerKind#BAND_ENTERED} is
 * judged from the band the account is in ({@link Resolution}). Drops ({@link TriggerKind#SCORE_DROPPED}, {@link
 * TriggerKind#ACTIVE_USERS_DROPPED}) are measured against a baseline that moves with time and is not kept with the CTA,
 * so when they have "cleared" is not something the platform can say; their CTAs stay until a person closes them, as do
 * those of events (signals, stages, onboarding outcomes) which are over when they happen.
 */
public final class Conditions {

    private Conditions() {}

    /** Whether the platform follows {@code kind}'s condition after the rule fired. */
    public static boolean followed(TriggerKind kind) {
        return kind == TriggerKind.PQL_CROSSED
                || kind == TriggerKind.SEATS_NEARLY_USED
                || kind == TriggerKind.OBJECTIVE_AT_RISK
                || kind == TriggerKind.NO_DECISION_MAKER_CONTACT;
    }

    /**
     * Whether a cleared condition of {@code kind} resolves its CTA at once rather than after the rule's period: a
     * touchpoint with a decision maker is a recorded fact, not a measure that wobbles around a threshold.
     */
    public static boolean clearsAtOnce(TriggerKind kind) {
        return kind == TriggerKind.NO_DECISION_MAKER_CONTACT;
    }

    /** Whether the account had no touchpoint with a decision maker for the trigger's days (or none on record). */
    static boolean outOfTouch(Trigger trigger, DecisionMakerContactObserved observed) {
        return observed.lastContact() == null
                || !observed.lastContact().plus(Duration.ofDays(trigger.days())).isAfter(observed.at());
    }

    /**
     * @return whether {@code trigger}'s condition holds after {@code observation}; empty when the observation says
     *     nothing about it
     */
    public static Optional<Boolean> holds(Trigger trigger, Observation observation) {
        return switch (trigger.kind()) {
            case PQL_CROSSED ->
                observation instanceof PqlObserved p ? Optional.of(p.score() >= trigger.threshold()) : Optional.empty();
            case SEATS_NEARLY_USED ->
                observation instanceof SeatsObserved s
                        ? Optional.of(TriggerEdges.reached(s.used(), s.seats(), seatPercent(trigger)))
                        : Optional.empty();
            case OBJECTIVE_AT_RISK ->
                observation instanceof ObjectiveObserved o ? Optional.of(o.accountBehind()) : Optional.empty();
            case NO_DECISION_MAKER_CONTACT ->
                observation instanceof DecisionMakerContactObserved d
                        ? Optional.of(outOfTouch(trigger, d))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** What the condition is, for the reason a resolved CTA records. */
    static String describe(Trigger trigger) {
        return switch (trigger.kind()) {
            case PQL_CROSSED -> "PQL score at or above " + trigger.threshold();
            case SEATS_NEARLY_USED -> seatPercent(trigger) + " % of the seats used";
            case OBJECTIVE_AT_RISK -> "a success plan objective at risk or missed";
            case NO_DECISION_MAKER_CONTACT ->
                "without a touchpoint with a decision maker for " + trigger.days() + " days";
            default -> trigger.kind().name();
        };
    }

    static int seatPercent(Trigger trigger) {
        return trigger.percent() == null ? Trigger.DEFAULT_SEAT_PERCENT : trigger.percent();
    }
}
