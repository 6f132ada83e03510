package dev.tandem.health.scoring.service;

import dev.tandem.events.TandemEvent;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.Rescored;
import dev.tandem.health.scoring.domain.Rescored.Judging;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.domain.StoredScore;
import dev.tandem.health.scoring.repository.MetricSource;
import dev.tandem.health.scoring.repository.ScoreTable;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One kind of score a {@link Rescorer} keeps: account health, account PQL or end-user PQL. It says what is scored and
 * on which scorecards, where the scores are kept, what a moved score announces, and what follows a rescoring.
 *
 * @param <S> how a subject is named
 */
public interface ScoreKind<S> {

    ScorecardPurpose purpose();

    Judging judging();

    MetricSource<S> metrics();

    ScoreTable<S> table();

    /**
     * The event announcing that {@code subject}'s score moved, under its account's Tandem id; none when there is nothing
     * to say (no scorecard, no data).
     *
     * @param previous the stored score it moved from; null for a first one
     */
    Optional<TandemEvent> announcement(S subject, UUID account, StoredScore previous, Scored scored, Instant at);

    /** What follows a rescoring, in its transaction: more writes, another kind's rescoring. */
    default Uni<Void> afterRescoring(Rescored<S> rescored, Map<S, Scored> scores, Map<String, UUID> ids, Instant at) {
        return Uni.createFrom().voidItem();
    }
}
