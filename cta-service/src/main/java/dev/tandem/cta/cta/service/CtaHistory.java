package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.CtaEvent;
import dev.tandem.cta.cta.repository.CtaRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account's CTAs as they were opened and closed, for the account timeline. */
@ApplicationScoped
public class CtaHistory {

    private final CtaRepository ctas;

    public CtaHistory(CtaRepository ctas) {
        this.ctas = ctas;
    }

    /** The account's CTAs opened or closed at or before {@code before}, newest first, at most {@code limit}. */
    @WithSession
    public Uni<List<CtaEvent>> of(UUID accountId, Instant before, int limit) {
        // One after another: a reactive session runs one statement at a time.
        return ctas.openedBy(accountId, before, limit)
                .chain(opened ->
                        ctas.closedBy(accountId, before, limit).map(closed -> CtaEvent.merge(opened, closed, limit)));
    }
}
