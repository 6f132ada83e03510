package dev.tandem.cta.timeline.service;

import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.timeline.domain.Touchpoint;
import dev.tandem.cta.timeline.domain.TouchpointAccess;
import dev.tandem.cta.timeline.domain.TouchpointContent;
import dev.tandem.cta.timeline.domain.TouchpointDraft;
import dev.tandem.cta.timeline.repository.ParticipantStore;
import dev.tandem.cta.timeline.repository.ParticipantStore.Participants;
import dev.tandem.cta.timeline.repository.TouchpointRepository;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.NotAllowedException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Touchpoints as CSMs and integrators write them. Every change commits with its announcement on cta.events; a write
 * that changes nothing (an integrator's resync) stores and announces nothing.
 */
@ApplicationScoped
public class TouchpointService {

    private final TouchpointRepository touchpoints;
    private final ParticipantStore participants;
    private final TouchpointChecks checks;
    private final AccountFactsReader accounts;
    private final Outbox outbox;
    private final Instance<TouchpointListener> listeners;
    private final Clock clock;

    public TouchpointService(
            TouchpointRepository touchpoints,
            ParticipantStore participants,
            TouchpointChecks checks,
            AccountFactsReader accounts,
            Outbox outbox,
            Instance<TouchpointListener> listeners,
            Clock clock) {
        this.touchpoints = touchpoints;
        this.participants = participants;
        this.checks = checks;
        this.accounts = accounts;
        this.outbox = outbox;
        this.listeners = listeners;
        this.clock = clock;
    }

    /**
     * What a write gave.
     *
     * @param created whether this write created the touchpoint
     * @param changed whether it changed anything (and so was announced)
     */
    public record Written(Touchpoint touchpoint, boolean created, boolean changed) {}

    /** Records a touchpoint on an account the caller works. */
    @WithTransaction
    public Uni<Touchpoint> create(UUID accountId, TouchpointDraft draft, Caller caller) {
        return requireRecordable(accountId, caller)
                .chain(() -> insert(accountId, draft.by(author(draft, caller, null)), draft, null, null));
    }

    /**
     * Records a touchpoint the service itself observed (a survey answered), in the caller's transaction: no person's
     * access applies, the draft names its author.
     */
    @WithTransaction
    public Uni<Touchpoint> recordObserved(UUID accountId, TouchpointDraft draft) {
        return insert(accountId, draft.by(draft.authorId()), draft, null, null);
    }

    /** Replaces a touchpoint's content; its author stays unless the request names another. */
    @WithTransaction
    public Uni<Written> update(UUID id, TouchpointDraft draft, Caller caller) {
        return touchpoints.forUpdate(id).chain(touchpoint -> {
            if (touchpoint == null || touchpoint.deleted()) {
                throw new NotFoundException("Touchpoint", id);
            }
            return requireChangeable(touchpoint, caller)
                    .chain(() -> change(touchpoint, draft.by(author(draft, caller, touchpoint.authorId)), draft));
        });
    }

    /** Deletes a touchpoint, announcing it with the next version. */
    @WithTransaction
    public Uni<Void> delete(UUID id, Caller caller) {
        return touchpoints.forUpdate(id).chain(touchpoint -> {
            if (touchpoint == null || touchpoint.deleted()) {
                throw new NotFoundException("Touchpoint", id);
            }
            return requireChangeable(touchpoint, caller).chain(() -> {
                Instant now = clock.instant();
                touchpoint.deletedAt = now;
                touchpoint.updatedAt = now;
                touchpoint.version++;
                return outbox.append(TouchpointEvents.deleted(touchpoint)).chain(() -> changed(touchpoint.accountId));
            });
        });
    }

    /**
     * Creates or updates the touchpoint an integrator's system knows as {@code externalId}: the same content again
     * changes nothing; changed content, or content for a deleted one, is a new version.
     */
    @WithTransaction
    public Uni<Written> upsertExternal(
            UUID accountId, String source, String externalId, TouchpointDraft draft, Caller caller) {
        return requireRecordable(accountId, caller)
                .chain(() -> touchpoints.lockExternalId(accountId, source, externalId))
                .chain(() -> touchpoints.byExternalId(accountId, source, externalId))
                .chain(existing -> {
                    if (existing == null) {
                        return insert(accountId, draft.by(author(draft, caller, null)), draft, source, externalId)
                                .map(created -> new Written(created, true, true));
                    }
                    return change(existing, draft.by(author(draft, caller, existing.authorId)), draft);
                });
    }

    private Uni<Touchpoint> insert(
            UUID accountId, TouchpointContent content, TouchpointDraft draft, String source, String externalId) {
        return checks.require(accountId, content, draft.participants()).chain(() -> {
            Instant now = clock.instant();
            Touchpoint touchpoint = new Touchpoint();
            touchpoint.id = UUID.randomUUID();
            touchpoint.accountId = accountId;
            touchpoint.apply(content);
            touchpoint.source = source;
            touchpoint.externalId = externalId;
            touchpoint.version = 1;
            touchpoint.createdAt = now;
            touchpoint.updatedAt = now;
            return touchpoints
                    .persist(touchpoint)
                    .call(touchpoints::flush)
                    .call(() -> participants.replace(touchpoint, content.participantUserIds(), content.colleagues()))
                    .call(() -> outbox.append(TouchpointEvents.recorded(touchpoint, content.participantUserIds())))
                    .call(() -> changed(accountId));
        });
    }

    private Uni<Written> change(Touchpoint touchpoint, TouchpointContent content, TouchpointDraft draft) {
        return checks.require(touchpoint.accountId, content, draft.participants())
                .chain(() -> participants.of(List.of(touchpoint.id)))
                .chain(stored -> {
                    Participants before = stored.getOrDefault(touchpoint.id, Participants.NONE);
                    boolean same = !touchpoint.deleted()
                            && touchpoint
                                    .content(before.userIds(), before.colleagues())
                                    .equals(content);
                    if (same) {
                        // a resync of what is stored: nothing to write, nothing to announce
                        return Uni.createFrom().item(new Written(touchpoint, false, false));
                    }
                    touchpoint.apply(content);
                    touchpoint.deletedAt = null;
                    touchpoint.updatedAt = clock.instant();
                    touchpoint.version++;
                    return participants
                            .replace(touchpoint, content.participantUserIds(), content.colleagues())
                            .call(() ->
                                    outbox.append(TouchpointEvents.recorded(touchpoint, content.participantUserIds())))
                            .call(() -> changed(touchpoint.accountId))
                            .replaceWith(new Written(touchpoint, false, true));
                });
    }

    /** Tells the listeners, one after the other in this transaction; the session is not for concurrent use. */
    private Uni<Void> changed(UUID accountId) {
        Uni<Void> told = Uni.createFrom().voidItem();
        for (TouchpointListener listener : listeners) {
            told = told.chain(() -> listener.touchpointsChanged(accountId));
        }
        return told;
    }

    private Uni<Void> requireRecordable(UUID accountId, Caller caller) {
        return accounts.of(accountId).map(account -> {
            if (account.name() == null) {
                throw new NotFoundException("Account", accountId);
            }
            if (!TouchpointAccess.mayRecord(caller, account.csmId())) {
                throw new NotAllowedException(
                        "Account " + accountId + " is not yours: its CSM or a cs-admin records" + " its touchpoints.");
            }
            return null;
        });
    }

    private Uni<Void> requireChangeable(Touchpoint touchpoint, Caller caller) {
        return accounts.of(touchpoint.accountId).map(account -> {
            if (!TouchpointAccess.mayChange(caller, touchpoint.authorId, account.csmId())) {
                throw new NotAllowedException("Touchpoint " + touchpoint.id + " is neither yours nor on an account you"
                        + " are CSM of; its author, the account's CSM or a cs-admin may change it.");
            }
            return null;
        });
    }

    /**
     * Who wrote the touchpoint: the one the request names, where the caller may name someone (an integrator, pushing
     * what people did in its systems, or a cs-admin); else the caller on a new touchpoint, the author on a change.
     */
    private static String author(TouchpointDraft draft, Caller caller, String currentAuthor) {
        String named = draft.authorId() == null ? null : draft.authorId().strip();
        if (named != null && !named.equals(caller.subject()) && !Objects.equals(named, currentAuthor)) {
            if (!caller.client() && !caller.admin()) {
                throw NotAllowedException.field(
                        "authorId", "only an integrator or a cs-admin names another author; leave it out");
            }
            return named;
        }
        if (named != null) {
            return named;
        }
        return currentAuthor != null ? currentAuthor : caller.subject();
    }
}
