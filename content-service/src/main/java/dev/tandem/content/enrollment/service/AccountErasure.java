package dev.tandem.content.enrollment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Forgets everything held about an erased account: enrollments and their progress, usage facts, content views, its
 * users and itself. Item-level view totals lose its share too, as they are sums over accounts.
 */
@ApplicationScoped
public class AccountErasure {

    private static final List<String> BY_ACCOUNT_ID = List.of(
            "DELETE FROM enrollment WHERE account_id = :account",
            "DELETE FROM user_ref WHERE account_id = :account",
            "DELETE FROM account_ref WHERE account_id = :account");

    private static final List<String> BY_EXTERNAL_ID = List.of(
            "DELETE FROM account_fact WHERE account_external_id = :external",
            "DELETE FROM content_view_tally WHERE account_external_id = :external",
            "DELETE FROM content_view_by_user WHERE account_external_id = :external");

    public Uni<Void> erase(UUID accountId, String externalId) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : BY_ACCOUNT_ID) {
            chain = chain.chain(() -> execute(sql, "account", accountId));
        }
        for (String sql : BY_EXTERNAL_ID) {
            chain = chain.chain(() -> execute(sql, "external", externalId));
        }
        return chain;
    }

    private static Uni<Void> execute(String sql, String parameter, Object value) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter(parameter, value)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
