package dev.tandem.health.score.service;

import dev.tandem.health.score.domain.BandChange;
import dev.tandem.health.score.domain.ScoreHistory;
import dev.tandem.health.score.repository.ScoreHistoryReader;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** An account's stored health over time, with its 7- and 30-day trends. */
@ApplicationScoped
public class ScoreHistoryService {

    private final AccountHealth health;
    private final ScoreHistoryReader history;
    private final Clock clock;

    public ScoreHistoryService(AccountHealth health, ScoreHistoryReader history, Clock clock) {
        this.health = health;
        this.history = history;
        this.clock = clock;
    }

    /** The account's changes of band at or before {@code before}, newest first, at most {@code limit}. */
    @WithSession
    public Uni<List<BandChange>> bandChanges(String account, Instant before, int limit) {
        return history.bandChanges(account, before, limit);
    }

    /** The last {@code days} days of the account's health, today included. */
    @WithSession
    public Uni<ScoreHistory> history(String account, int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = today.minusDays(days - 1L);
        // One after another: a reactive session runs one statement at a time.
        return health.table().currentOf(List.of(account)).chain(current -> {
            Integer now = current.containsKey(account) ? current.get(account).score() : null;
            return history.scoreOn(account, today.minusDays(7))
                    .chain(weekAgo -> history.scoreOn(account, today.minusDays(30))
                            .chain(monthAgo -> history.days(account, from)
                                    .chain(daily -> history.changes(account, from)
                                            .map(changes -> new ScoreHistory(
                                                    account,
                                                    days,
                                                    now,
                                                    ScoreHistory.trend(now, weekAgo),
                                                    ScoreHistory.trend(now, monthAgo),
                                                    daily,
                                                    changes)))));
        });
    }
}
