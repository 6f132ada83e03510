package dev.tandem.cta.message.repository;

import dev.tandem.cta.message.domain.MessageTemplate;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class MessageTemplateRepository implements PanacheRepositoryBase<MessageTemplate, UUID> {

    public Uni<List<MessageTemplate>> listByName() {
        return findAll(Sort.by("name")).page(0, 1000).list();
    }
}
