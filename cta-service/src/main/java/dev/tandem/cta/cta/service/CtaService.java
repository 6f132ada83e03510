package dev.tandem.cta.cta.service;

import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.CtaAccess;
import dev.tandem.cta.cta.domain.CtaComment;
import dev.tandem.cta.cta.domain.CtaFilter;
import dev.tandem.cta.cta.domain.CtaStatus;
import dev.tandem.cta.cta.domain.CtaTask;
import dev.tandem.cta.cta.domain.LinkedSignal;
import dev.tandem.cta.cta.domain.NewCtaRequest;
import dev.tandem.cta.cta.repository.CtaCommentRepository;
import dev.tandem.cta.cta.repository.CtaRepository;
import dev.tandem.cta.cta.repository.CtaStore;
import dev.tandem.cta.cta.repository.CtaStore.NewCta;
import dev.tandem.cta.cta.repository.CtaTaskRepository;
import dev.tandem.cta.cta.service.CtaOpener.Opened;
import dev.tandem.cta.type.repository.CtaTypeRepository;
import dev.tandem.events.cta.CtaCommented;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.cta.CtaSource;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotAllowedException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** CTAs as people work them: opened by hand, read, commented, snoozed, closed. */
@ApplicationScoped
public class CtaService {

    private final CtaRepository ctas;
    private final CtaCommentRepository comments;
    private final CtaTaskRepository tasks;
    private final CtaTypeRepository types;
    private final CtaStore store;
    private final CtaOpener opener;
    private final CtaGuard guard;
    private final AccountFactsReader accounts;
    private final Outbox outbox;
    private final Clock clock;
    private final AssignmentNotices notices;

    public CtaService(
            CtaRepository ctas,
            CtaCommentRepository comments,
            CtaTaskRepository tasks,
            CtaTypeRepository types,
            CtaStore store,
            CtaOpener opener,
            CtaGuard guard,
            AccountFactsReader accounts,
            Outbox outbox,
            Clock clock,
            AssignmentNotices notices) {
        this.ctas = ctas;
        this.comments = comments;
        this.tasks = tasks;
        this.types = types;
        this.store = store;
        this.opener = opener;
        this.guard = guard;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
        this.notices = notices;
    }

    /** A CTA with everything about it. */
    public record CtaDetail(Cta cta, List<CtaComment> comments, List<LinkedSignal> signals, List<CtaTask> tasks) {}

    /**
     * Opens a CTA by hand, owned by whom the request names, else the account's CSM, else the caller. If the account
     * already has an open CTA of this type and reason, the request adds to it instead (one more trigger, nothing else).
     * A CSM names another owner only on accounts they are CSM of ({@link CtaAccess#mayNameOwner}).
     */
    @WithTransaction
    public Uni<Opened> open(NewCtaRequest request, Caller caller) {
        return types.findById(request.type())
                .chain(type -> {
                    if (type == null) {
                        throw new InvalidInputException("type", "is not a CTA type; GET /api/v1/cta-types lists them");
                    }
                    return accounts.of(request.accountId());
                })
                .chain(account -> {
                    if (account.name() == null) {
                        throw new InvalidInputException("accountId", "is not an account cta-service knows");
                    }
                    if (request.ownerId() != null
                            && !CtaAccess.mayNameOwner(caller, request.ownerId(), account.csmId())) {
                        throw NotAllowedException.field(
                                "ownerId",
                                "on an account you are not CSM of, you may open a CTA only for yourself (or leave"
                                        + " ownerId out: the account's CSM gets it)");
                    }
                    String owner = request.ownerId() != null
                            ? request.ownerId()
                            : account.csmId() != null ? account.csmId() : caller.client() ? null : caller.subject();
                    NewCta cta = new NewCta(
                            request.accountId(),
                            request.type(),
                            request.reason().strip(),
                            request.priority() == null ? CtaPriority.MEDIUM : request.priority(),
                            owner,
                            request.dueDate(),
                            caller.client() ? CtaSource.API : CtaSource.MANUAL,
                            null);
                    return opener.open(cta, request.playbookId(), null)
                            .call(opened -> opened.created()
                                    ? notices.assigned(
                                            opened.cta(),
                                            caller.subject(),
                                            opened.cta().id.toString())
                                    : Uni.createFrom().voidItem());
                });
    }

    @WithSession
    public Uni<CtaDetail> get(UUID id) {
        return guard.require(id)
                .chain(cta -> comments.of(id)
                        .chain(found -> store.linked(id)
                                .chain(signals ->
                                        tasks.of(id).map(taskList -> new CtaDetail(cta, found, signals, taskList)))));
    }

    @WithSession
    public Uni<Page<Cta>> list(CtaFilter filter, int first, String after) {
        Instant afterCreated = null;
        UUID afterId = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            try {
                afterCreated = Instant.parse(position.get(0));
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "is not a cursor returned by this API");
            }
            afterId = Cursor.uuidPart(position.get(1));
        }
        return ctas.search(filter, afterCreated, afterId, first + 1)
                .map(found ->
                        Page.of(found, first, c -> Cursor.encode(List.of(c.createdAt.toString(), c.id.toString()))));
    }

    @WithTransaction
    public Uni<CtaComment> comment(UUID id, String body, Caller caller) {
        return guard.changeable(id, caller).chain(cta -> {
            CtaComment comment = new CtaComment();
            comment.id = UUID.randomUUID();
            comment.ctaId = cta.id;
            comment.authorId = caller.subject();
            comment.body = body.strip();
            comment.createdAt = clock.instant();
            return comments.persist(comment)
                    .call(() -> outbox.append(
                            new CtaCommented(comment.id, cta.id, cta.accountId, caller.subject(), comment.createdAt)));
        });
    }

    /** Hides an open CTA from its owner's queue until {@code until}; rules that would add to it stay quiet too. */
    @WithTransaction
    public Uni<Cta> snooze(UUID id, LocalDate until, String reason, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        if (!until.isAfter(today)) {
            throw new InvalidInputException("until", "must be a day after today");
        }
        return guard.changeable(id, caller).chain(cta -> {
            CtaGuard.requireOpen(cta);
            Instant now = clock.instant();
            cta.snoozedUntil = until;
            cta.snoozeReason = reason.strip();
            cta.updatedAt = now;
            return outbox.append(CtaEvents.snoozed(cta, now)).replaceWith(cta);
        });
    }

    /** Closes an open CTA; closing it again with the same outcome is a no-op, with another a conflict. */
    @WithTransaction
    public Uni<Cta> close(UUID id, CtaStatus outcome, String reason, Caller caller) {
        if (outcome == CtaStatus.OPEN || outcome == CtaStatus.RESOLVED) {
            throw new InvalidInputException(
                    "outcome",
                    "must be CLOSED_SUCCESS or CLOSED_LOST (RESOLVED is the platform's, when a CTA's condition clears)");
        }
        return guard.changeable(id, caller).chain(cta -> {
            if (cta.status == outcome) {
                // a retried close changes nothing and announces nothing
                return Uni.createFrom().item(cta);
            }
            CtaGuard.requireOpen(cta);
            Instant now = clock.instant();
            cta.status = outcome;
            cta.closeReason = reason == null ? null : reason.strip();
            cta.closedAt = now;
            cta.updatedAt = now;
            cta.snoozedUntil = null;
            return outbox.append(CtaEvents.closed(cta)).replaceWith(cta);
        });
    }

    @WithTransaction
    public Uni<Cta> reassign(UUID id, String ownerId, Caller caller) {
        return guard.changeable(id, caller).chain(cta -> reassign(cta, ownerId, caller));
    }

    /** Reassigns all of {@code ids} or none: one CTA the caller may not change fails the whole request. */
    @WithTransaction
    public Uni<List<Cta>> reassignAll(List<UUID> ids, String ownerId, Caller caller) {
        List<UUID> distinct = ids.stream().distinct().toList();
        return ctas.byIds(distinct).chain(found -> {
            if (found.size() != distinct.size()) {
                List<UUID> missing = distinct.stream()
                        .filter(id -> found.stream().noneMatch(c -> c.id.equals(id)))
                        .toList();
                throw new InvalidInputException("ctaIds", "names CTAs that do not exist: " + missing);
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Cta cta : found) {
                chain = chain.chain(() -> guard.mayChange(cta, caller));
            }
            for (Cta cta : found) {
                chain = chain.chain(() -> reassign(cta, ownerId, caller).replaceWithVoid());
            }
            return chain.replaceWith(found);
        });
    }

    private Uni<Cta> reassign(Cta cta, String ownerId, Caller caller) {
        CtaGuard.requireOpen(cta);
        if (ownerId.equals(cta.ownerId)) {
            return Uni.createFrom().item(cta);
        }
        Instant now = clock.instant();
        cta.ownerId = ownerId;
        cta.queue = null;
        cta.updatedAt = now;
        return outbox.append(CtaEvents.updated(cta, now))
                .chain(() -> notices.assigned(cta, caller.subject(), cta.id + ":" + now))
                .replaceWith(cta);
    }
}
