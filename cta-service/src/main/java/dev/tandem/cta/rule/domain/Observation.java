package dev.tandem.cta.rule.domain;

import dev.tandem.cta.account.domain.ScorePoint;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.cta.ObjectiveStatus;
import dev.tandem.events.health.HealthBand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Something that happened to one account, with the state before and after where an edge depends on it. Each kind of
 * observation can fire only the trigger kinds it names, so the engine looks at no other rules.
 */
public sealed interface Observation {

    Set<TriggerKind> kinds();

    /**
     * A new health score.
     *
     * @param history earlier scores, oldest first, excluding this one
     * @param withData whether the score rests on data: false for N/A (no score or no band), and for a score none of
     *     whose dimensions had data, which says nothing about the account however low it reads
     */
    record ScoreObserved(
            Integer previousScore,
            Integer score,
            HealthBand previousBand,
            HealthBand band,
            Instant at,
            List<ScorePoint> history,
            boolean withData)
            implements Observation {

        public ScoreObserved {
            history = List.copyOf(history);
            withData = withData && score != null;
        }

        /** A score with data whenever it has a value. */
        public ScoreObserved(
                Integer previousScore,
                Integer score,
                HealthBand previousBand,
                HealthBand band,
                Instant at,
                List<ScorePoint> history) {
            this(previousScore, score, previousBand, band, at, history, score != null);
        }

        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.BAND_ENTERED, TriggerKind.SCORE_DROPPED);
        }
    }

    /**
     * An account found in {@code band} when a rule that applies to accounts already in its state is saved or switched
     * on: a level, not an edge, so it fires only rules that opted in ({@link RuleDefinition#applyToCurrentState()}).
     */
    record BandHeld(HealthBand band) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.BAND_ENTERED);
        }
    }

    record PqlObserved(Integer previousScore, int score) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.PQL_CROSSED);
        }
    }

    /** Paid users and contracted seats before and after a user or contract change. */
    record SeatsObserved(int previousUsed, int previousSeats, int used, int seats) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.SEATS_NEARLY_USED);
        }
    }

    /** Distinct active users in the last three complete weeks, oldest first. */
    record ActiveUsersObserved(int weekBeforePrevious, int previousWeek, int lastWeek) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.ACTIVE_USERS_DROPPED);
        }
    }

    record RenewalObserved(LocalDate renewalDate, LocalDate today) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.RENEWAL_APPROACHING);
        }
    }

    enum OnboardingOutcome {
        OVERDUE,
        FAILED,
        EXTENDED,
        SUCCEEDED
    }

    record OnboardingObserved(OnboardingOutcome outcome) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(
                    switch (outcome) {
                        case OVERDUE -> TriggerKind.ONBOARDING_OVERDUE;
                        case FAILED -> TriggerKind.ONBOARDING_FAILED;
                        case EXTENDED -> TriggerKind.ONBOARDING_EXTENDED;
                        case SUCCEEDED -> TriggerKind.ONBOARDING_SUCCEEDED;
                    });
        }
    }

    record SignalObserved(String type, String name, Double value, Map<String, Object> properties)
            implements Observation {

        public SignalObserved {
            properties = properties == null ? Map.of() : properties;
        }

        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.SIGNAL_MATCHED);
        }
    }

    record StageObserved(LifecycleStage previous, LifecycleStage stage) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.STAGE_ENTERED);
        }
    }

    /**
     * A success plan objective's status changed.
     *
     * @param previous null for a new objective
     * @param accountBehind whether any objective of the account is at risk or missed after the change
     */
    record ObjectiveObserved(ObjectiveStatus previous, ObjectiveStatus status, boolean accountBehind)
            implements Observation {

        /** Whether a status counts as behind: at risk, or missed. */
        public static boolean behind(ObjectiveStatus status) {
            return status == ObjectiveStatus.AT_RISK || status == ObjectiveStatus.MISSED;
        }

        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.OBJECTIVE_AT_RISK);
        }
    }

    /**
     * When the account last had a touchpoint with a decision maker, as of {@code at}.
     *
     * @param lastContact null when none is on record
     */
    record DecisionMakerContactObserved(Instant lastContact, Instant at) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.NO_DECISION_MAKER_CONTACT);
        }
    }

    record SegmentObserved(TouchModel previous, TouchModel touchModel) implements Observation {
        @Override
        public Set<TriggerKind> kinds() {
            return Set.of(TriggerKind.SEGMENT_ENTERED);
        }
    }
}
