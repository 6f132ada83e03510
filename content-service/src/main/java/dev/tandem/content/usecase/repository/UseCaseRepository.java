package dev.tandem.content.usecase.repository;

import dev.tandem.content.usecase.domain.UseCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class UseCaseRepository implements PanacheRepositoryBase<UseCase, UUID> {

    /** Highest priority first; ties broken by id so that pages never overlap or skip. */
    public Uni<List<UseCase>> byPriority(int limit) {
        return find("ORDER BY priority DESC, id").range(0, limit - 1).list();
    }

    /** The page after the use case with {@code priority} and {@code id}, in {@link #byPriority} order. */
    public Uni<List<UseCase>> byPriorityAfter(long priority, UUID id, int limit) {
        return find(
                        "WHERE priority < :priority OR (priority = :priority AND id > :id) ORDER BY priority DESC, id",
                        Parameters.with("priority", priority).and("id", id))
                .range(0, limit - 1)
                .list();
    }

    public Uni<List<UseCase>> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id IN ?1", ids);
    }

    public Uni<Boolean> nameTaken(String name) {
        return count("lower(name) = lower(?1)", name).map(count -> count > 0);
    }
}
