package dev.tandem.account.user.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.user.domain.EndUser;
import dev.tandem.account.user.domain.UserProfile;
import dev.tandem.account.user.repository.EndUserRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** End users as integrators push them: idempotent upserts by the vendor's user id, each real change announced once. */
@ApplicationScoped
public class UserService {

    private final AccountRepository accounts;
    private final EndUserRepository users;
    private final Changes changes;
    private final Clock clock;

    public UserService(AccountRepository accounts, EndUserRepository users, Changes changes, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.changes = changes;
        this.clock = clock;
    }

    /** The user after the upsert, and whether the upsert created it. */
    public record Upserted(EndUser user, boolean created) {}

    @WithTransaction
    public Uni<Upserted> upsert(String accountExternalId, String userExternalId, UserUpsert request) {
        return accounts.requireByExternalId(accountExternalId)
                .chain(account -> inviter(account, userExternalId, request.invitedBy())
                        .chain(invitedBy -> users.findByExternalId(account.id, userExternalId)
                                .chain(existing -> existing == null
                                        ? create(account, userExternalId, request, invitedBy, changes)
                                        : update(existing, request, invitedBy, changes))));
    }

    /** One end user of a batch: the vendor's ids and what the vendor states about the user. */
    public record BatchUpsert(String accountExternalId, String externalId, UserUpsert upsert) {}

    /**
     * Upserts a batch of end users in the current transaction, as {@link #upsert} would one by one, but finding their
     * accounts, the users and their inviters with two queries: the bulk import's path. An inviter must be known before
     * the users it invited, in the database or earlier in the batch. Changes are audited for {@code actor}.
     *
     * @return what was wrong with the items that were not applied, by their index in {@code batch}
     */
    public Uni<Map<Integer, FieldError>> upsertAll(List<BatchUpsert> batch, Actor actor) {
        List<String> accountIds =
                batch.stream().map(BatchUpsert::accountExternalId).toList();
        return accounts.byExternalIds(accountIds).chain(accountsById -> {
            Set<String> userIds = new HashSet<>();
            batch.forEach(item -> {
                userIds.add(item.externalId());
                if (item.upsert().invitedBy() != null) {
                    userIds.add(item.upsert().invitedBy());
                }
            });
            List<UUID> accountUuids =
                    accountsById.values().stream().map(a -> a.id).toList();
            return users.list("accountId in ?1 and externalId in ?2", accountUuids, userIds)
                    .chain(known -> {
                        Changes.Batch log = changes.batch(actor);
                        return applyAll(batch, accountsById, new KnownUsers(known), log)
                                .call(log::flush);
                    });
        });
    }

    private Uni<Map<Integer, FieldError>> applyAll(
            List<BatchUpsert> batch, Map<String, Account> accountsById, KnownUsers known, ChangeLog log) {
        Map<Integer, FieldError> rejected = new HashMap<>();
        return Multi.createFrom()
                .range(0, batch.size())
                .onItem()
                .transformToUniAndConcatenate(index -> {
                    BatchUpsert item = batch.get(index);
                    Account account = accountsById.get(item.accountExternalId());
                    if (account == null) {
                        rejected.put(index, new FieldError("accountExternalId", "no account with this id"));
                        return Uni.createFrom().voidItem();
                    }
                    String inviterId = item.upsert().invitedBy();
                    EndUser inviter = inviterId == null ? null : known.get(account.id, inviterId);
                    FieldError inviterError = inviterProblem(item, inviter);
                    if (inviterError != null) {
                        rejected.put(index, inviterError);
                        return Uni.createFrom().voidItem();
                    }
                    UUID invitedBy = inviter == null ? null : inviter.id;
                    EndUser existing = known.get(account.id, item.externalId());
                    return (existing == null
                                    ? create(account, item.externalId(), item.upsert(), invitedBy, log)
                                    : update(existing, item.upsert(), invitedBy, log))
                            .invoke(result -> known.add(result.user()))
                            .replaceWithVoid();
                })
                .collect()
                .last()
                .replaceWith(rejected);
    }

    /** What is wrong with the item's inviter, or null when it names none or a known one. */
    private static FieldError inviterProblem(BatchUpsert item, EndUser inviter) {
        String inviterId = item.upsert().invitedBy();
        if (inviterId == null) {
            return null;
        }
        if (inviterId.equals(item.externalId())) {
            return new FieldError("invitedBy", "a user cannot invite themselves");
        }
        return inviter == null
                ? new FieldError("invitedBy", "no end user with this id in the account, nor in an earlier row")
                : null;
    }

    /** The end users a batch has seen so far, by account and the vendor's user id. */
    private static final class KnownUsers {

        private final Map<String, EndUser> byKey = new HashMap<>();

        KnownUsers(List<EndUser> users) {
            users.forEach(this::add);
        }

        void add(EndUser user) {
            byKey.put(user.accountId + "/" + user.externalId, user);
        }

        EndUser get(UUID accountId, String externalId) {
            return byKey.get(accountId + "/" + externalId);
        }
    }

    public Uni<EndUser> get(String accountExternalId, String userExternalId) {
        return accounts.requireByExternalId(accountExternalId)
                .chain(account -> users.findByExternalId(account.id, userExternalId))
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("End user", userExternalId));
    }

    public Uni<Page<EndUser>> list(String accountExternalId, int first, String after) {
        String afterExternalId = after == null ? null : Cursor.decode(after, 1).get(0);
        return accounts.requireByExternalId(accountExternalId)
                .chain(account -> users.page(account.id, afterExternalId, first + 1))
                .map(found -> Page.of(found, first, user -> Cursor.encode(List.of(user.externalId))));
    }

    private Uni<Upserted> create(
            Account account, String externalId, UserUpsert request, UUID invitedBy, ChangeLog log) {
        Instant now = clock.instant();
        EndUser user = new EndUser();
        user.id = UUID.randomUUID();
        user.accountId = account.id;
        user.externalId = externalId;
        profile(request, request.signedUpAt() == null ? now : request.signedUpAt(), invitedBy)
                .applyTo(user);
        user.createdAt = now;
        user.updatedAt = now;
        return users.persist(user)
                .chain(saved ->
                        log.record(UserEvents.created(saved), account.id, "user.created", "end user " + user.id))
                .replaceWith(new Upserted(user, true));
    }

    private Uni<Upserted> update(EndUser user, UserUpsert request, UUID invitedBy, ChangeLog log) {
        UserProfile profile =
                profile(request, request.signedUpAt() == null ? user.signedUpAt : request.signedUpAt(), invitedBy);
        if (profile.matches(user)) {
            return Uni.createFrom().item(new Upserted(user, false));
        }
        Map<String, Object> before = UserEvents.fields(user);
        profile.applyTo(user);
        user.updatedAt = clock.instant();
        return log.record(UserEvents.updated(user, before), user.accountId, "user.updated", "end user " + user.id)
                .replaceWith(new Upserted(user, false));
    }

    private static UserProfile profile(UserUpsert request, Instant signedUpAt, UUID invitedBy) {
        return new UserProfile(request.email(), request.name(), request.role(), request.seat(), signedUpAt, invitedBy);
    }

    /** The inviter's Tandem id; the inviter must be another, already known end user of the same account. */
    private Uni<UUID> inviter(Account account, String userExternalId, String inviterExternalId) {
        if (inviterExternalId == null) {
            return Uni.createFrom().nullItem();
        }
        if (inviterExternalId.equals(userExternalId)) {
            return Uni.createFrom().failure(new InvalidInputException("invitedBy", "a user cannot invite themselves"));
        }
        return users.findByExternalId(account.id, inviterExternalId)
                .onItem()
                .ifNull()
                .failWith(() -> new InvalidInputException("invitedBy", "no end user with this id in the account"))
                .map(inviter -> inviter.id);
    }
}
