package dev.tandem.health.scoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a rescoring changed: whose score moved (to be stored and announced), whose was forgotten (no scorecard judges
 * them any more) and who is judged for the first time.
 */
public record Rescored<S>(List<S> moved, List<S> forgotten, List<S> newlyJudged) {

    /** Who has a score. */
    public enum Judging {
        /**
         * Every subject: one no scorecard judges (a churned account) is kept as N/A, and a first score is kept only with
         * data, so a subject's first announced score is a real one.
         */
        EVERY_SUBJECT,
        /**
         * Only subjects a scorecard judges, with or without data; one no scorecard judges any more is forgotten.
         */
        JUDGED_ONLY
    }

    /** Compares new scores with the stored ones ({@code previous}, by subject, absent when none). */
    public static <S> Rescored<S> of(
            Collection<S> subjects, Map<S, Scored> scores, Map<S, StoredScore> previous, Judging judging) {
        List<S> moved = new ArrayList<>();
        List<S> forgotten = new ArrayList<>();
        List<S> newlyJudged = new ArrayList<>();
        for (S subject : subjects) {
            Scored scored = scores.get(subject);
            StoredScore before = previous.get(subject);
            if (judging == Judging.JUDGED_ONLY && !scored.isJudged()) {
                if (before != null) {
                    forgotten.add(subject);
                }
            } else if (before == null) {
                if (judging == Judging.JUDGED_ONLY) {
                    newlyJudged.add(subject);
                    moved.add(subject);
                } else if (scored.score().isAvailable()) {
                    moved.add(subject);
                }
            } else if (!before.equals(scored.stored())) {
                moved.add(subject);
            }
        }
        return new Rescored<>(moved, forgotten, newlyJudged);
    }

    /** How many scores changed, forgotten ones included. */
    public int changes() {
        return moved.size() + forgotten.size();
    }
}
