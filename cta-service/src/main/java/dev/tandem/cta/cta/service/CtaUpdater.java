package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.CtaChanges;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Changes an open CTA's priority and due date by hand, and announces it when something changed. */
@ApplicationScoped
public class CtaUpdater {

    private final CtaGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public CtaUpdater(CtaGuard guard, Outbox outbox, Clock clock) {
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * 404 for an unknown CTA, 403 for one the caller may not change, 409 for a closed one, 400 for a due date before
     * today. A patch that changes nothing answers the CTA as it is and announces nothing, so a retried or re-sent
     * form does not wake the owner's subscription.
     */
    @WithTransaction
    public Uni<Cta> update(UUID id, CtaChanges changes, Caller caller) {
        return guard.changeable(id, caller).chain(cta -> {
            CtaGuard.requireOpen(cta);
            if (changes.movesDueDateBefore(cta, LocalDate.now(clock))) {
                throw new InvalidInputException("dueDate", "must not be before today, or null to clear it");
            }
            if (!changes.applyTo(cta)) {
                return Uni.createFrom().item(cta);
            }
            Instant now = clock.instant();
            cta.updatedAt = now;
            return outbox.append(CtaEvents.updated(cta, now)).replaceWith(cta);
        });
    }
}
