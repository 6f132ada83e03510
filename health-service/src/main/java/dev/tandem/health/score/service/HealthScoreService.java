package dev.tandem.health.score.service;

import dev.tandem.health.domain.scoring.HealthScore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Many accounts' scores at once, in the order asked, each read once however often it was named. */
    @WithSession
    public Uni<Map<String, HealthScore>> scores(List<String> accounts) {
        Set<String> distinct = new LinkedHashSet<>(accounts);
        return scorer.score(distinct).map(scores -> {
            Map<String, HealthScore> result = new LinkedHashMap<>();
            distinct.forEach(account -> result.put(account, scores.get(account).score()));
            return result;
        });
    }
}
