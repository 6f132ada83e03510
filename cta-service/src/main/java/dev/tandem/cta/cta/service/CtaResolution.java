package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.CtaStatus;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The two sides of auto-resolution: a person taking a CTA ("I'm on it"), which keeps it open until they close it, and
 * the platform resolving one whose condition has cleared. Both lock the CTA's row, so a CTA taken while the sweep
 * resolves it ends either taken and open or resolved, never resolved with a taker who was told it was theirs.
 */
@ApplicationScoped
public class CtaResolution {

    private final CtaGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public CtaResolution(CtaGuard guard, Outbox outbox, Clock clock) {
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Takes an open CTA; the first taker stays recorded, taking again changes nothing. */
    @WithTransaction
    public Uni<Cta> take(UUID id, Caller caller) {
        return locked(id).call(cta -> guard.mayChange(cta, caller)).chain(cta -> {
            CtaGuard.requireOpen(cta);
            if (cta.takenAt != null) {
                return Uni.createFrom().item(cta);
            }
            Instant now = clock.instant();
            cta.takenBy = caller.subject();
            cta.takenAt = now;
            cta.updatedAt = now;
            return outbox.append(CtaEvents.updated(cta, now)).replaceWith(cta);
        });
    }

    /**
     * Resolves an open, untaken CTA with {@code reason} and announces it as closed with outcome RESOLVED.
     *
     * @return whether it was resolved: false when a person took or closed it meanwhile
     */
    @WithTransaction
    public Uni<Boolean> resolve(UUID id, String reason, Instant now) {
        return Panache.getSession()
                .chain(session -> session.find(Cta.class, id, LockModeType.PESSIMISTIC_WRITE))
                .chain(cta -> {
                    if (cta == null || cta.status != CtaStatus.OPEN || cta.takenAt != null) {
                        return Uni.createFrom().item(false);
                    }
                    cta.status = CtaStatus.RESOLVED;
                    cta.closeReason = reason;
                    cta.closedAt = now;
                    cta.updatedAt = now;
                    cta.snoozedUntil = null;
                    return outbox.append(CtaEvents.closed(cta)).replaceWith(true);
                });
    }

    private Uni<Cta> locked(UUID id) {
        return Panache.getSession()
                .chain(session -> session.find(Cta.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(cta -> {
                    if (cta == null) {
                        throw new NotFoundException("CTA", id);
                    }
                    return cta;
                });
    }
}
