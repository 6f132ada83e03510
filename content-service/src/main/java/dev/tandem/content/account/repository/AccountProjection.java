package dev.tandem.content.account.repository;

import dev.tandem.content.account.domain.AccountRef;
import dev.tandem.content.account.domain.UserRef;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Reads and writes the projection of accounts and users; writes join the caller's transaction. */
@ApplicationScoped
@WithSession
public class AccountProjection {

    public Uni<AccountRef> account(UUID accountId) {
        return Panache.getSession().chain(session -> session.find(AccountRef.class, accountId));
    }

    public Uni<AccountRef> accountByExternalId(String externalId) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "FROM AccountRef WHERE externalId = :externalId", AccountRef.class)
                        .setParameter("externalId", externalId)
                        .getSingleResultOrNull());
    }

    public Uni<UserRef> user(UUID accountId, String externalUserId) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "FROM UserRef WHERE accountId = :accountId AND externalId = :externalId", UserRef.class)
                        .setParameter("accountId", accountId)
                        .setParameter("externalId", externalUserId)
                        .getSingleResultOrNull());
    }

    public Uni<UserRef> user(UUID userId) {
        return Panache.getSession().chain(session -> session.find(UserRef.class, userId));
    }

    /**
     * Records the account's current state; an older event arriving late does not overwrite a newer one.
     *
     * @param csmId the account's CSM, null when it has none
     */
    public Uni<Void> upsertAccount(
            UUID accountId, String externalId, String plan, String touchModel, String csmId, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO account_ref (account_id, external_id, plan, touch_model, csm_id, updated_at)
                                VALUES (:id, :externalId, :plan, :touchModel, NULLIF(:csm, ''), :at)
                                ON CONFLICT (account_id) DO UPDATE SET external_id = excluded.external_id,
                                    plan = excluded.plan, touch_model = excluded.touch_model, csm_id = excluded.csm_id,
                                    updated_at = excluded.updated_at
                                WHERE account_ref.updated_at <= excluded.updated_at
                                """)
                        .setParameter("id", accountId)
                        .setParameter("externalId", externalId)
                        .setParameter("plan", plan)
                        .setParameter("touchModel", touchModel)
                        // Text, so that a missing CSM binds as a typed value the statement turns into NULL.
                        .setParameter("csm", csmId == null ? "" : csmId)
                        .setParameter("at", at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The account's new CSM; null when it has none any more. */
    public Uni<Void> updateCsm(UUID accountId, String csmId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "UPDATE account_ref SET csm_id = NULLIF(:csm, '') WHERE account_id = :id")
                        .setParameter("csm", csmId == null ? "" : csmId)
                        .setParameter("id", accountId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> updateTouchModel(UUID accountId, String touchModel) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "UPDATE account_ref SET touch_model = :touchModel WHERE account_id = :id")
                        .setParameter("touchModel", touchModel)
                        .setParameter("id", accountId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> upsertUser(UUID userId, UUID accountId, String externalId, String role) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO user_ref (user_id, account_id, external_id, role)
                                VALUES (:id, :accountId, :externalId, :role)
                                ON CONFLICT (user_id) DO UPDATE SET external_id = excluded.external_id,
                                    role = excluded.role
                                """)
                        .setParameter("id", userId)
                        .setParameter("accountId", accountId)
                        .setParameter("externalId", externalId)
                        .setParameter("role", role)
                        .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> eraseUser(UUID userId) {
        return Panache.getSession()
                .chain(session -> session.find(UserRef.class, userId)
                        .chain(user -> user == null
                                ? Uni.createFrom().voidItem()
                                : session.createNativeQuery("""
                                        DELETE FROM content_view_by_user WHERE user_external_id = :user
                                          AND account_external_id = (SELECT external_id FROM account_ref
                                                                     WHERE account_id = :account)
                                        """)
                                        .setParameter("user", user.externalId)
                                        .setParameter("account", user.accountId)
                                        .executeUpdate()
                                        .chain(() -> session.remove(user))));
    }
}
