package dev.tandem.cta.rule.domain;

import dev.tandem.cta.account.domain.ScorePoint;
import dev.tandem.cta.rule.domain.Observation.ActiveUsersObserved;
import dev.tandem.cta.rule.domain.Observation.BandHeld;
import dev.tandem.cta.rule.domain.Observation.DecisionMakerContactObserved;
import dev.tandem.cta.rule.domain.Observation.ObjectiveObserved;
import dev.tandem.cta.rule.domain.Observation.OnboardingObserved;
import dev.tandem.cta.rule.domain.Observation.OnboardingOutcome;
import dev.tandem.cta.rule.domain.Observation.PqlObserved;
import dev.tandem.cta.rule.domain.Observation.RenewalObserved;
import dev.tandem.cta.rule.domain.Observation.ScoreObserved;
import dev.tandem.cta.rule.domain.Observation.SeatsObserved;
import dev.tandem.cta.rule.domain.Observation.SegmentObserved;
import dev.tandem.cta.rule.domain.Observation.SignalObserved;
import dev.tandem.cta.rule.domain.Observation.StageObserved;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Decides whether a trigger fires on an observation. A level trigger would fire on every event while a score stays
 * red; each check here compares the state before with the state after and fires only when the condition turns true.
 */
public final class TriggerEdges {

    private TriggerEdges() {}

    public static boolean fires(Trigger trigger, Observation observation) {
        return switch (trigger.kind()) {
            case BAND_ENTERED ->
                (observation instanceof ScoreObserved s
                                && s.withData()
                                && s.band() == trigger.band()
                                && s.previousBand() != trigger.band())
                        || (observation instanceof BandHeld held && held.band() == trigger.band());
            case SCORE_DROPPED -> observation instanceof ScoreObserved s && scoreDropped(trigger, s);
            case SEATS_NEARLY_USED -> observation instanceof SeatsObserved s && seatsReached(trigger, s);
            case ACTIVE_USERS_DROPPED ->
                observation instanceof ActiveUsersObserved a
                        && droppedBy(a.previousWeek(), a.lastWeek(), trigger.percent())
                        && !droppedBy(a.weekBeforePrevious(), a.previousWeek(), trigger.percent());
            case RENEWAL_APPROACHING -> observation instanceof RenewalObserved r && renewalWithin(trigger, r);
            case ONBOARDING_OVERDUE ->
                observation instanceof OnboardingObserved o && o.outcome() == OnboardingOutcome.OVERDUE;
            case ONBOARDING_FAILED ->
                observation instanceof OnboardingObserved o && o.outcome() == OnboardingOutcome.FAILED;
            case ONBOARDING_EXTENDED ->
                observation instanceof OnboardingObserved o && o.outcome() == OnboardingOutcome.EXTENDED;
            case ONBOARDING_SUCCEEDED ->
                observation instanceof OnboardingObserved o && o.outcome() == OnboardingOutcome.SUCCEEDED;
            case PQL_CROSSED ->
                observation instanceof PqlObserved p
                        && p.score() >= trigger.threshold()
                        && (p.previousScore() == null || p.previousScore() < trigger.threshold());
            case SIGNAL_MATCHED ->
                observation instanceof SignalObserved s && trigger.signal().matches(s);
            case STAGE_ENTERED ->
                observation instanceof StageObserved s
                        && s.stage() == trigger.stage()
                        && s.previous() != trigger.stage();
            case SEGMENT_ENTERED ->
                observation instanceof SegmentObserved s
                        && s.touchModel() == trigger.touchModel()
                        && s.previous() != trigger.touchModel();
            case OBJECTIVE_AT_RISK ->
                observation instanceof ObjectiveObserved o
                        && ObjectiveObserved.behind(o.status())
                        && !ObjectiveObserved.behind(o.previous());
            // A level, seen as days pass: the firing record keyed by the last contact keeps it to one per stretch.
            case NO_DECISION_MAKER_CONTACT ->
                observation instanceof DecisionMakerContactObserved d && Conditions.outOfTouch(trigger, d);
        };
    }

    /**
     * The drop is measured from the highest score within the window. It fires when this score is at least
     * {@code points} below that peak while the previous score was not: a score that keeps sliding, or stays low, does
     * not fire again until it has recovered.
     */
    private static boolean scoreDropped(Trigger trigger, ScoreObserved s) {
        if (!s.withData()) {
            return false;
        }
        var since = s.at().minus(Duration.of(trigger.days(), ChronoUnit.DAYS));
        List<ScorePoint> window =
                s.history().stream().filter(p -> !p.at().isBefore(since)).toList();
        int peak = window.stream().mapToInt(ScorePoint::score).max().orElse(s.score());
        boolean droppedNow = peak - s.score() >= trigger.points();
        if (!droppedNow) {
            return false;
        }
        if (s.previousScore() == null || window.isEmpty()) {
            return true;
        }
        // The previous score is the window's last point; its own peak is the highest of the points before it.
        int previousPeak = window.subList(0, window.size() - 1).stream()
                .mapToInt(ScorePoint::score)
                .max()
                .orElse(s.previousScore());
        return previousPeak - s.previousScore() < trigger.points();
    }

    private static boolean droppedBy(int before, int after, int percent) {
        return before > 0 && (long) (before - after) * 100 >= (long) before * percent;
    }

    private static boolean seatsReached(Trigger trigger, SeatsObserved s) {
        int percent = Conditions.seatPercent(trigger);
        return reached(s.used(), s.seats(), percent) && !reached(s.previousUsed(), s.previousSeats(), percent);
    }

    static boolean reached(int used, int seats, int percent) {
        return seats > 0 && used * 100L >= (long) seats * percent;
    }

    /**
     * Time crosses into the window as days pass, with no event to compare: the scheduler checks daily and the firing
     * record keyed by the renewal date keeps it to one firing per date.
     */
    private static boolean renewalWithin(Trigger trigger, RenewalObserved r) {
        long days = ChronoUnit.DAYS.between(r.today(), r.renewalDate());
        return days >= 0 && days <= trigger.days();
    }
}
