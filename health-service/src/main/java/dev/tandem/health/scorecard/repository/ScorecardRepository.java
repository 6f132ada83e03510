package dev.tandem.health.scorecard.repository;

import dev.tandem.health.scorecard.domain.Scorecard;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ScorecardRepository implements PanacheRepositoryBase<Scorecard, UUID> {

    public Uni<List<Scorecard>> listWithGroups() {
        return find("SELECT DISTINCT s FROM Scorecard s LEFT JOIN FETCH s.groups ORDER BY s.name")
                .list();
    }

    public Uni<Scorecard> findWithGroups(UUID id) {
        return find("SELECT s FROM Scorecard s LEFT JOIN FETCH s.groups WHERE s.id = ?1", id)
                .firstResult();
    }
}
