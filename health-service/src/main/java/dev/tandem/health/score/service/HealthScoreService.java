package dev.tandem.health.score.service;

import dev.tandem.health.domain.scoring.HealthScore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** An account's health as of now, computed on the spot from its aggregates, on the scorecard that judges it. */
@ApplicationScoped
public class HealthScoreService {

    private final AccountScorer scorer;

    public HealthScoreService(AccountScorer scorer) {
        this.scorer = scorer;
    }

    /** The account's score by the vendor's account id; N/A (null score) when it has no data yet. */
    @WithSession
    public Uni<HealthScore> score(String account) {
        return scorer.score(List.of(account)).map(scores -> scores.get(account).score());
    }
}
