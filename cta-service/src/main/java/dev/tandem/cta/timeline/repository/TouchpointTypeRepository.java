package dev.tandem.cta.timeline.repository;

import dev.tandem.cta.timeline.domain.TouchpointType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
public class TouchpointTypeRepository implements PanacheRepositoryBase<TouchpointType, String> {

    public Uni<List<TouchpointType>> listInOrder() {
        return listAll(Sort.by("position").and("key"));
    }
}
