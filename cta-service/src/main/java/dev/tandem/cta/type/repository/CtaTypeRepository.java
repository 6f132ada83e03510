package dev.tandem.cta.type.repository;

import dev.tandem.cta.type.domain.CtaType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
public class CtaTypeRepository implements PanacheRepositoryBase<CtaType, String> {

    public Uni<List<CtaType>> listInOrder() {
        return listAll(Sort.by("position").and("key"));
    }
}
