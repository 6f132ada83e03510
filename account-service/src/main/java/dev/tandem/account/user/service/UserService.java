package dev.tandem.account.user.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.repository.AccountRepository;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.user.domain.EndUser;
import dev.tandem.account.user.domain.UserProfile;
import dev.tandem.account.user.repository.EndUserRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        EndUser user = newUser(account.id, externalId, request, invitedBy, clock.instant());
        return users.persist(user).chain(saved -> recordCreated(saved, log)).replaceWith(new Upserted(user, true));
    }

    /** A new end user as an upsert makes it, not yet stored. */
    static EndUser newUser(UUID accountId, String externalId, UserUpsert request, UUID invitedBy, Instant now) {
        EndUser user = new EndUser();
        user.id = UUID.randomUUID();
        user.accountId = accountId;
        user.externalId = externalId;
        profile(request, request.signedUpAt() == null ? now : request.signedUpAt(), invitedBy)
                .applyTo(user);
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }

    static Uni<Void> recordCreated(EndUser user, ChangeLog log) {
        return log.record(UserEvents.created(user), user.accountId, "user.created", "end user " + user.id);
    }

    private Uni<Upserted> update(EndUser user, UserUpsert request, UUID invitedBy, ChangeLog log) {
        UserProfile profile = profileFor(user, request, invitedBy);
        if (profile.matches(user)) {
            return Uni.createFrom().item(new Upserted(user, false));
        }
        return applyChange(user, profile, clock.instant(), log).replaceWith(new Upserted(user, false));
    }

    /** What {@code request} states about the existing {@code user}: a sign-up time left out keeps the stored one. */
    static UserProfile profileFor(EndUser user, UserUpsert request, UUID invitedBy) {
        return profile(request, request.signedUpAt() == null ? user.signedUpAt : request.signedUpAt(), invitedBy);
    }

    /** Changes {@code user} to {@code profile}, which it does not match yet, and records the change. */
    static Uni<Void> applyChange(EndUser user, UserProfile profile, Instant now, ChangeLog log) {
        Map<String, Object> before = UserEvents.fields(user);
        profile.applyTo(user);
        user.updatedAt = now;
        return log.record(UserEvents.updated(user, before), user.accountId, "user.updated", "end user " + user.id);
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
