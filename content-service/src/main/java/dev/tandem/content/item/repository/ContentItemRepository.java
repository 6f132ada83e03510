package dev.tandem.content.item.repository;

import dev.tandem.content.item.domain.ContentItem;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ContentItemRepository implements PanacheRepositoryBase<ContentItem, UUID> {

    public Uni<List<ContentItem>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id IN ?1", ids);
    }

    /** Items of any status covering any of {@code useCaseIds}, oldest first. */
    public Uni<List<ContentItem>> covering(Collection<UUID> useCaseIds) {
        if (useCaseIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String ids = String.join(",", useCaseIds.stream().map(UUID::toString).toList());
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT CAST(id AS text) FROM content_item"
                                        + " WHERE use_case_ids && CAST(string_to_array(:ids, ',') AS uuid[])"
                                        + " ORDER BY created_at, id",
                                String.class)
                        .setParameter("ids", ids)
                        .getResultList())
                .chain(found -> byIds(found.stream().map(UUID::fromString).toList())
                        .map(items -> ContentItemOrder.as(found, items)));
    }
}
