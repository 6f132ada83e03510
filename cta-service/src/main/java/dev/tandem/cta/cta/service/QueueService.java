package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.repository.CtaRepository;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The queues where CTAs without an owner wait, and pulling one: a CSM takes a waiting CTA as their own. cs-admins
 * assign from a queue by reassigning, which takes the CTA out of its queue too.
 */
@ApplicationScoped
public class QueueService {

    /** A queue and how many open CTAs wait in it. */
    public record QueueSummary(String name, long open) {}

    private final CtaRepository ctas;
    private final Outbox outbox;
    private final Clock clock;

    public QueueService(CtaRepository ctas, Outbox outbox, Clock clock) {
        this.ctas = ctas;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<QueueSummary>> queues() {
        return ctas.queueCounts()
                .map(rows -> rows.stream()
                        .map(row -> new QueueSummary((String) row[0], ((Number) row[1]).longValue()))
                        .toList());
    }

    /** The caller becomes the owner of a CTA waiting in a queue; a CTA someone owns already is a conflict. */
    @WithTransaction
    public Uni<Cta> pull(UUID id, Caller caller) {
        return Panache.getSession()
                .chain(session -> session.find(Cta.class, id, LockModeType.PESSIMISTIC_WRITE))
                .chain(cta -> {
                    if (cta == null) {
                        throw new NotFoundException("CTA", id);
                    }
                    CtaGuard.requireOpen(cta);
                    if (caller.subject().equals(cta.ownerId)) {
                        return Uni.createFrom().item(cta);
                    }
                    if (cta.ownerId != null) {
                        throw new ConflictException("CTA " + id + " is not waiting in a queue: " + cta.ownerId
                                + " owns it; a cs-admin can reassign it");
                    }
                    Instant now = clock.instant();
                    cta.ownerId = caller.subject();
                    cta.queue = null;
                    cta.updatedAt = now;
                    return outbox.append(CtaEvents.updated(cta, now)).replaceWith(cta);
                });
    }
}
