package dev.tandem.health.scorecard.service;

import dev.tandem.health.scorecard.domain.Scorecard;
import dev.tandem.health.scorecard.repository.ScorecardRepository;
import dev.tandem.platform.problem.NotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reading the configured scorecards. */
@ApplicationScoped
public class ScorecardService {

    private final ScorecardRepository scorecards;

    public ScorecardService(ScorecardRepository scorecards) {
        this.scorecards = scorecards;
    }

    public Uni<List<Scorecard>> list() {
        return scorecards.listWithGroups();
    }

    public Uni<Scorecard> get(UUID id) {
        return scorecards.findWithGroups(id).onItem().ifNull().failWith(() -> new NotFoundException("Scorecard", id));
    }
}
