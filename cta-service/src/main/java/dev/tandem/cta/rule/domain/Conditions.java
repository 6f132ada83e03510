package dev.tandem.cta.rule.domain;

import dev.tandem.cta.rule.domain.Observation.ObjectiveObserved;
import dev.tandem.cta.rule.domain.Observation.PqlObserved;
import dev.tandem.cta.rule.domain.Observation.SeatsObserved;
import java.util.Optional;

/**
 * Whether the condition behind a trigger still holds, as far as an observation tells: the level under the edge a rule
 * fired on. A CTA a rule opened is resolved once its condition has stopped holding for the rule's period, and it is
 * this that says when the condition stopped, and when it came back (a PQL score falling under the threshold and rising
 * again, seats freed and taken again).
 *
 * <p>Kinds followed here: {@link TriggerKind#PQL_CROSSED} (the PQL score at or above the threshold), {@link
 * TriggerKind#SEATS_NEARLY_USED} (paid users at or above the share of seats) and {@link TriggerKind#OBJECTIVE_AT_RISK}
 * (an objective of the account's success plan at risk or missed). {@link TriggerKind#BAND_ENTERED} is
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
                || kind == TriggerKind.OBJECTIVE_AT_RISK;
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
            default -> Optional.empty();
        };
    }

    /** What the condition is, for the reason a resolved CTA records. */
    static String describe(Trigger trigger) {
        return switch (trigger.kind()) {
            case PQL_CROSSED -> "PQL score at or above " + trigger.threshold();
            case SEATS_NEARLY_USED -> seatPercent(trigger) + " % of the seats used";
            case OBJECTIVE_AT_RISK -> "a success plan objective at risk or missed";
            default -> trigger.kind().name();
        };
    }

    static int seatPercent(Trigger trigger) {
        return trigger.percent() == null ? Trigger.DEFAULT_SEAT_PERCENT : trigger.percent();
    }
}
