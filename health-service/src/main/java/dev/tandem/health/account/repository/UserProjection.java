package dev.tandem.health.account.repository;

import dev.tandem.health.change.RescoringLocks;
import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The end users account-service announced, by Tandem's id and the vendor's, with the part they play at their account
 * (a touchpoint with a decision maker is told by it), and the erasure of what this service keeps about one of them.
 */
@ApplicationScoped
public class UserProjection {

    private static final String REMEMBER = """
            INSERT INTO user_ref (user_id, account_id, external_id, role) VALUES (:user, :account, :externalId, :role)
            ON CONFLICT (user_id) DO UPDATE
               SET account_id = excluded.account_id, external_id = excluded.external_id, role = excluded.role
            """;

    /** The people the vendor's ids name, as rescorings and signals name them. */
    private static final String PEOPLE = """
            SELECT a.external_id, u.external_id FROM user_ref u JOIN account_ref a ON a.account_id = u.account_id
             WHERE u.user_id = ANY(CAST(CAST(:users AS text[]) AS uuid[]))
            """;

    /**
     * Every row about the person goes in one statement: their active days, daily counts and PQL score. NPS answers stay,
     * without the person, since the account's NPS is not theirs to take away. Data-modifying WITH clauses all run,
     * whether or not the final statement reads them. A change still naming the person goes once rescored (which skips
     * them), within seconds.
     */
    private static final String ERASE = """
            WITH person AS (
                SELECT a.external_id AS account, u.external_id AS person
                  FROM user_ref u JOIN account_ref a ON a.account_id = u.account_id
                 WHERE u.user_id = :user),
            counts AS (
                DELETE FROM user_signal_day d USING person p
                 WHERE d.account_external_id = p.account AND d.user_id = p.person),
            scores AS (
                DELETE FROM user_pql_score s USING person p
                 WHERE s.account_external_id = p.account AND s.user_id = p.person),
            answers AS (
                UPDATE nps_response n SET user_id = NULL FROM person p
                 WHERE n.account_external_id = p.account AND n.user_id = p.person)
            DELETE FROM user_ref WHERE user_id = :user
            """;

    /**
     * Waits for the PQL rescorings of the users a transaction is about to erase, taking their locks in the order
     * rescorings take them: a rescoring holds its users' locks from before it reads until it commits, and one that
     * starts after the erasure finds nothing known about the person and skips them. Erasing in the same statement would
     * not do, since a statement sees only what was committed when it began, and a score the rescoring stores after that
     * would outlive the erasure. A transaction erasing several users takes all their locks first: one at a time, in the
     * order of the erasures, it could hold one user's lock while waiting for a rescoring that holds the next and waits
     * for the first, a deadlock PostgreSQL breaks by failing one of them. {@link #erase} takes its user's lock again,
     * which costs nothing once held.
     */
    public Uni<Void> holdForErasure(Collection<UUID> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.rows(
                        PEOPLE,
                        Map.of("users", users.stream().map(UUID::toString).toArray(String[]::new)))
                .map(rows -> rows.stream()
                        .map(r -> new AccountUser((String) r[0], (String) r[1]))
                        .toList())
                .chain(people -> RescoringLocks.hold(SubjectKind.END_USERS, people));
    }

    /** @param role the part the user plays at the account, a {@code UserRole} name */
    public Uni<Integer> remember(UUID user, UUID account, String externalId, String role) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(REMEMBER)
                        .setParameter("user", user)
                        .setParameter("account", account)
                        .setParameter("externalId", externalId)
                        .setParameter("role", role)
                        .executeUpdate());
    }

    /**
     * Deletes what is kept about the user; nothing for a user announced before this projection existed (a re-announcement
     * of the user fills it in).
     */
    public Uni<Integer> erase(UUID user) {
        return holdForErasure(List.of(user))
                .chain(Panache::getSession)
                .chain(session -> session.createNativeQuery(ERASE)
                        .setParameter("user", user)
                        .executeUpdate());
    }
}
