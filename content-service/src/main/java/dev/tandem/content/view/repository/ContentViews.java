package dev.tandem.content.view.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Views and completions of content per item, account and user; writes join the caller's transaction. */
@ApplicationScoped
public class ContentViews {

    /** An account's views of one item. */
    public record Tally(UUID contentId, String accountExternalId, long views, long completions, Instant lastViewedAt) {}

    /** Counted only for items in the catalog: a view of an unknown or deleted item has nothing to count against. */
    private static final String COUNT = """
            INSERT INTO content_view_tally (content_id, account_external_id, views, completions, last_viewed_at)
            SELECT id, :account, 1, :completion, :at FROM content_item WHERE id = :content
            ON CONFLICT (content_id, account_external_id) DO UPDATE SET
                views = content_view_tally.views + 1,
                completions = content_view_tally.completions + excluded.completions,
                last_viewed_at = greatest(content_view_tally.last_viewed_at, excluded.last_viewed_at)
            """;

    private static final String BY_USER = """
            INSERT INTO content_view_by_user (content_id, account_external_id, user_external_id, completed)
            VALUES (:content, :account, :user, :completed)
            ON CONFLICT (account_external_id, user_external_id, content_id) DO UPDATE SET
                completed = content_view_by_user.completed OR excluded.completed
            """;

    /**
     * Counts one view.
     *
     * @return false if the item is not in the catalog, and nothing was counted
     */
    public Uni<Boolean> count(UUID contentId, String account, String user, boolean completed, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(COUNT)
                        .setParameter("account", account)
                        .setParameter("completion", completed ? 1L : 0L)
                        .setParameter("at", at)
                        .setParameter("content", contentId)
                        .executeUpdate()
                        .chain(counted -> counted == 0 || user == null
                                ? Uni.createFrom().item(counted > 0)
                                : session.createNativeQuery(BY_USER)
                                        .setParameter("content", contentId)
                                        .setParameter("account", account)
                                        .setParameter("user", user)
                                        .setParameter("completed", completed)
                                        .executeUpdate()
                                        .replaceWith(true)));
    }

    /** Per item: views, completions and how many accounts viewed it. */
    public Uni<Object[]> totals(UUID contentId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT coalesce(sum(views), 0), coalesce(sum(completions), 0), count(*)"
                                        + " FROM content_view_tally WHERE content_id = :content",
                                Object[].class)
                        .setParameter("content", contentId)
                        .getSingleResult());
    }

    /** An account's views, most recently viewed first; after {@code afterAt}/{@code afterId} when given. */
    public Uni<List<Tally>> ofAccount(String accountExternalId, Instant afterAt, UUID afterId, int limit) {
        String after = afterAt == null
                ? ""
                : " AND (last_viewed_at, content_id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))";
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(
                                    "SELECT CAST(content_id AS text), views, completions, last_viewed_at"
                                            + " FROM content_view_tally WHERE account_external_id = :account" + after
                                            + " ORDER BY last_viewed_at DESC, content_id DESC LIMIT :limit",
                                    Object[].class)
                            .setParameter("account", accountExternalId)
                            .setParameter("limit", limit);
                    if (afterAt != null) {
                        query.setParameter("afterAt", afterAt.atOffset(java.time.ZoneOffset.UTC))
                                .setParameter("afterId", afterId);
                    }
                    return query.getResultList();
                })
                .map(rows -> rows.stream()
                        .map(row -> new Tally(
                                UUID.fromString((String) row[0]),
                                accountExternalId,
                                ((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue(),
                                toInstant(row[3])))
                        .toList());
    }

    /** Items anyone at the account viewed, and items this user viewed ({@code user} may be null). */
    public Uni<List<Object[]>> seen(String accountExternalId, String user) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT CAST(t.content_id AS text), EXISTS (SELECT 1 FROM content_view_by_user u"
                                        + " WHERE u.account_external_id = t.account_external_id"
                                        + " AND u.content_id = t.content_id AND u.user_external_id = :user)"
                                        + " FROM content_view_tally t WHERE t.account_external_id = :account",
                                Object[].class)
                        .setParameter("account", accountExternalId)
                        .setParameter("user", user == null ? "" : user)
                        .getResultList());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return java.time.OffsetDateTime.parse(value.toString()).toInstant();
    }
}
