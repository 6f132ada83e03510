package dev.tandem.health.rescore.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Every account there is to score: those announced by account-service and those already scored. */
@ApplicationScoped
public class ScoredAccounts {

    private static final String ALL_ACCOUNTS = "SELECT external_id AS account FROM account_ref WHERE NOT erased"
            + " UNION SELECT account_external_id FROM health_score";

    public Uni<Long> count() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM (" + ALL_ACCOUNTS + ") accounts", Long.class)
                        .getSingleResult());
    }

    /** Up to {@code limit} accounts in id order, after {@code after} when given. */
    public Uni<List<String>> after(String after, int limit) {
        String sql = "SELECT account FROM (" + ALL_ACCOUNTS + ") accounts"
                + (after == null ? "" : " WHERE account > :after")
                + " ORDER BY account LIMIT :limit";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, String.class).setParameter("limit", limit);
            if (after != null) {
                query.setParameter("after", after);
            }
            return query.getResultList();
        });
    }
}
