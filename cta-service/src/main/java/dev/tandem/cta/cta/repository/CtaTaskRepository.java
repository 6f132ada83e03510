package dev.tandem.cta.cta.repository;

import dev.tandem.cta.cta.domain.CtaTask;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class CtaTaskRepository implements PanacheRepositoryBase<CtaTask, UUID> {

    public Uni<List<CtaTask>> of(UUID ctaId) {
        return list("ctaId", Sort.by("dueDate").and("position").and("id"), ctaId);
    }

    public Uni<Long> countOf(UUID ctaId, UUID playbookId) {
        return count("ctaId = ?1 and playbookId = ?2", ctaId, playbookId);
    }
}
