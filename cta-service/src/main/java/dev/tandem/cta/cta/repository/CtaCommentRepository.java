package dev.tandem.cta.cta.repository;

import dev.tandem.cta.cta.domain.CtaComment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class CtaCommentRepository implements PanacheRepositoryBase<CtaComment, UUID> {

    public Uni<List<CtaComment>> of(UUID ctaId) {
        return list("ctaId", Sort.by("createdAt").and("id"), ctaId);
    }
}
