package dev.tandem.health.history.service;

import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.health.score.repository.ScoreHistoryWriter;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.repository.AccountMetrics;
import dev.tandem.health.scoring.service.Scorer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes accounts' daily score history: each day's score as it would have been computed that day (the windows
 * ending it, the scorecard versions and segment of then), written as the score of that day. The trends and history
 * charts read these rows, so they are right from the first day of imported history, and late signals correct the days
 * they touch.
 */
@ApplicationScoped
public class HistoryRebuild {

    private final Scorer scorer;
    private final AccountMetrics metrics;
    private final ScoreHistoryWriter history;

    public HistoryRebuild(Scorer scorer, AccountMetrics metrics, ScoreHistoryWriter history) {
        this.scorer = scorer;
        this.metrics = metrics;
        this.history = history;
    }

    /**
     * Writes each account's score of every day from its day to {@code through}, inside the caller's transaction; an
     * account named with several days is written from the earliest.
     *
     * @return how many days were written
     */
    public Uni<Integer> rebuild(Collection<AccountDay> from, LocalDate through) {
        Map<String, LocalDate> earliest = new LinkedHashMap<>();
        from.forEach(day -> earliest.merge(day.account(), day.day(), (a, b) -> a.isBefore(b) ? a : b));
        earliest.values().removeIf(day -> day.isAfter(through));
        if (earliest.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        LocalDate start = earliest.values().stream().min(LocalDate::compareTo).orElseThrow();
        return scorer.score(
                        metrics,
                        earliest.keySet(),
                        ScorecardPurpose.HEALTH,
                        new DayRange(start, through),
                        Optional.empty())
                .chain(byDay -> {
                    List<AccountDay> days = new ArrayList<>();
                    List<Scored> scores = new ArrayList<>();
                    byDay.forEach((day, scored) -> scored.forEach((account, score) -> {
                        if (!day.isBefore(earliest.get(account))) {
                            days.add(new AccountDay(account, day));
                            scores.add(score);
                        }
                    }));
                    return history.days(days, scores).replaceWith(days.size());
                });
    }
}
