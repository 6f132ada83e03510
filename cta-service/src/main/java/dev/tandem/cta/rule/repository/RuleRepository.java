package dev.tandem.cta.rule.repository;

import dev.tandem.cta.rule.domain.StoredRule;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class RuleRepository implements PanacheRepositoryBase<StoredRule, UUID> {

    /** Rules are configuration, a few hundred at most; this caps a list all the same. */
    private static final int MAX_LISTED = 1000;

    public Uni<List<StoredRule>> listByName() {
        return findAll(Sort.by("name").and("id")).page(0, MAX_LISTED).list();
    }

    /** Enabled or not: a rule switched off still answers for the CTAs it opened. */
    public Uni<List<StoredRule>> ofKind(String triggerKind) {
        return list("triggerKind", Sort.by("createdAt").and("id"), triggerKind);
    }

    /** Enabled or not, of any of {@code triggerKinds}. */
    public Uni<List<StoredRule>> ofKinds(List<String> triggerKinds) {
        return list("triggerKind in ?1", Sort.by("createdAt").and("id"), triggerKinds);
    }

    public Uni<List<StoredRule>> enabled() {
        return list("enabled", Sort.by("createdAt").and("id"), true);
    }
}
