package dev.tandem.health.scorecard.repository;

import dev.tandem.health.scorecard.domain.Scorecard;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ScorecardRepository implements PanacheRepositoryBase<Scorecard, UUID> {

    /** The default first, then by priority and name: the order in which they are tried, and shown. */
    @Override
    public Uni<List<Scorecard>> listAll() {
        return listAll(
                Sort.by("isDefault", Sort.Direction.Descending).and("priority").and("name"));
    }

    /** The scorecard, locked for the rest of the transaction so that two edits take turns. */
    public Uni<Scorecard> lockById(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
