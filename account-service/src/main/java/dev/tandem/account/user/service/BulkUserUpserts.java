package dev.tandem.account.user.service;

import dev.tandem.account.account.repository.AccountTable;
import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.user.domain.EndUser;
import dev.tandem.account.user.domain.UserProfile;
import dev.tandem.account.user.repository.EndUserTable;
import dev.tandem.account.user.service.UserService.BatchUpsert;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.profile.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bulk import's path for end users: a chunk of upserts applied as {@link UserService#upsert} would apply them one
 * after another, with the same events in the same order and the same audit entries, but over JDBC: one read for the
 * accounts and one locking read for the users and their inviters, the changes made in memory, then one COPY and one
 * upsert for the users and a COPY each for their events and audit entries. An inviter must be known before the users
 * it invited, in the database or earlier in the chunk. Blocks.
 */
@ApplicationScoped
public class BulkUserUpserts {

    private final AccountTable accounts;
    private final EndUserTable users;
    private final Changes changes;
    private final Clock clock;

    public BulkUserUpserts(AccountTable accounts, EndUserTable users, Changes changes, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Upserts {@code batch} in the JDBC transaction of {@code connection}, audited for {@code actor}.
     *
     * @return what was wrong with the items that were not applied, by their index in {@code batch}
     */
    public Map<Integer, FieldError> upsertAll(Connection connection, List<BatchUpsert> batch, Actor actor)
            throws SQLException {
        Stage stage = Stage.begin("lock read");
        Map<String, UUID> accountIds = accounts.idsByExternalIds(
                connection, batch.stream().map(BatchUpsert::accountExternalId).toList());
        Set<String> userIds = new HashSet<>();
        batch.forEach(item -> {
            userIds.add(item.externalId());
            if (item.upsert().invitedBy() != null) {
                userIds.add(item.upsert().invitedBy());
            }
        });
        KnownUsers known = new KnownUsers(users.lock(connection, accountIds.values(), userIds));
        stage = stage.next("decide in memory");
        Map<UUID, EndUser> changed = new LinkedHashMap<>();
        Map<Integer, FieldError> rejected = new HashMap<>();
        Changes.Batch log = changes.batch(actor);
        for (int index = 0; index < batch.size(); index++) {
            BatchUpsert item = batch.get(index);
            UUID accountId = accountIds.get(item.accountExternalId());
            if (accountId == null) {
                rejected.put(index, new FieldError("accountExternalId", "no account with this id"));
                continue;
            }
            String inviterId = item.upsert().invitedBy();
            EndUser inviter = inviterId == null ? null : known.get(accountId, inviterId);
            FieldError inviterError = inviterProblem(item, inviter);
            if (inviterError != null) {
                rejected.put(index, inviterError);
                continue;
            }
            UUID invitedBy = inviter == null ? null : inviter.id;
            EndUser user = known.get(accountId, item.externalId());
            // A batch log holds what it is told at once: there is nothing to wait for.
            if (user == null) {
                user = UserService.newUser(accountId, item.externalId(), item.upsert(), invitedBy, clock.instant());
                known.add(user);
                UserService.recordCreated(user, log);
            } else {
                UserProfile profile = UserService.profileFor(user, item.upsert(), invitedBy);
                if (profile.matches(user)) {
                    continue;
                }
                UserService.applyChange(user, profile, clock.instant(), log);
            }
            changed.put(user.id, user);
        }
        stage.done();
        users.upsertAll(connection, changed.values());
        log.flush(connection);
        return rejected;
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

    /** The end users a chunk has seen so far, by account and the vendor's user id. */
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
}
