package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.config.QueueConfig;
import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.LinkedSignal;
import dev.tandem.cta.cta.domain.Queues;
import dev.tandem.cta.cta.repository.CtaStore;
import dev.tandem.cta.cta.repository.CtaStore.NewCta;
import dev.tandem.events.cta.CtaSource;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Opens a CTA, or adds to the open one of the same account, type and reason. A CTA nobody is named for goes to its
 * account's segment queue, else the default queue ({@link Queues}), so every open CTA is in someone's view. Rules and people both come through here,
 * inside their own transaction, so the CTA, its linked signal, its playbook tasks and its event commit together.
 */
@ApplicationScoped
public class CtaOpener {

    private final CtaStore store;
    private final TaskService tasks;
    private final Outbox outbox;
    private final QueueConfig queues;
    private final Clock clock;
    private final AssignmentNotices notices;

    public CtaOpener(
            CtaStore store,
            TaskService tasks,
            Outbox outbox,
            QueueConfig queues,
            Clock clock,
            AssignmentNotices notices) {
        this.notices = notices;
        this.store = store;
        this.tasks = tasks;
        this.outbox = outbox;
        this.queues = queues;
        this.clock = clock;
    }

    /** What opening gave: the open CTA and whether this call created it. */
    public record Opened(Cta cta, boolean created) {}

    /**
     * @param playbookId attached only when the CTA is new; a CTA that is added to keeps its tasks
     * @param signal the event that led here, linked to the CTA; null for none
     */
    public Uni<Opened> open(NewCta request, UUID playbookId, LinkedSignal signal) {
        UUID id = UUID.randomUUID();
        // PostgreSQL keeps microseconds; cursors compare the stored value.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Uni<String> queue = request.ownerId() != null
                ? Uni.createFrom().nullItem()
                : store.accountTouchModel(request.accountId())
                        .map(touchModel -> Queues.of(touchModel, queues.segments(), queues.defaultQueue()));
        return queue.chain(waitsIn -> store.openOrAddTo(id, request, waitsIn, now))
                // Found after the upsert; a copy already in the session (two rules of one event, or two signals of one
                // poll, adding to the same CTA) keeps its older trigger count, which nothing here writes back or
                // announces.
                .chain(openId -> Panache.getSession().chain(session -> session.find(Cta.class, openId)))
                .chain(cta -> {
                    boolean created = cta.id.equals(id);
                    Uni<?> announced = created
                            ? outbox.append(CtaEvents.created(cta))
                                    // People who open a CTA by hand are told by CtaService, which knows who they are.
                                    .call(() -> cta.source == CtaSource.RULE
                                            ? notices.assigned(cta, null, cta.id.toString())
                                            : Uni.createFrom().voidItem())
                                    .chain(() -> playbookId == null
                                            ? Uni.createFrom().voidItem()
                                            : tasks.attach(cta, playbookId).replaceWithVoid())
                            : outbox.append(CtaEvents.updated(cta, now));
                    return announced
                            .chain(() -> signal == null ? Uni.createFrom().voidItem() : store.link(cta.id, signal))
                            .replaceWith(new Opened(cta, created));
                });
    }
}
