package dev.tandem.cta.plan.repository;

import dev.tandem.cta.plan.domain.PlanTemplate;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class PlanTemplateRepository implements PanacheRepositoryBase<PlanTemplate, UUID> {

    public Uni<List<PlanTemplate>> listInOrder() {
        return listAll(Sort.by("touchModel").and("name"));
    }

    public Uni<Boolean> nameTaken(String name) {
        return count("name", name).map(count -> count > 0);
    }
}
