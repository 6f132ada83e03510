package dev.tandem.cta.plan.repository;

import dev.tandem.cta.plan.domain.PlanTask;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class PlanTaskRepository implements PanacheRepositoryBase<PlanTask, UUID> {

    public Uni<List<PlanTask>> ofObjectives(Collection<UUID> objectiveIds) {
        return list(
                "objectiveId in ?1",
                Sort.by("objectiveId").and("dueDate").and("position").and("id"),
                objectiveIds);
    }

    public Uni<Long> countOf(UUID objectiveId) {
        return count("objectiveId", objectiveId);
    }

    public Uni<Long> countOf(UUID objectiveId, UUID playbookId) {
        return count("objectiveId = ?1 and playbookId = ?2", objectiveId, playbookId);
    }

    public Uni<Integer> nextPosition(UUID objectiveId) {
        return find("select coalesce(max(position), 0) + 1 from PlanTask where objectiveId = ?1", objectiveId)
                .project(Integer.class)
                .firstResult();
    }
}
