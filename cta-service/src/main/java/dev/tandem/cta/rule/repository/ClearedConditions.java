package dev.tandem.cta.rule.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Since when the condition behind a rule's open CTAs on an account has not held, kept on the CTAs themselves: set at
 * the first observation that finds it cleared, kept while later ones do, and cleared again when the condition comes
 * back. Only open CTAs nobody took are followed: a taken one is its taker's to close.
 */
@ApplicationScoped
public class ClearedConditions {

    private static final String CLEARED = """
            UPDATE cta SET condition_cleared_at = :at
            WHERE rule_id = :rule AND account_id = :account AND status = 'OPEN' AND taken_at IS NULL
              AND condition_cleared_at IS NULL
            """;

    private static final String HOLDS = """
            UPDATE cta SET condition_cleared_at = NULL
            WHERE rule_id = :rule AND account_id = :account AND status = 'OPEN' AND condition_cleared_at IS NOT NULL
            """;

    /** Records that the condition of {@code ruleId} holds for the account ({@code holds}) or not, as of {@code at}. */
    public Uni<Void> observed(UUID ruleId, UUID accountId, boolean holds, Instant at) {
        return Panache.getSession()
                .chain(session -> {
                    var update = session.createNativeQuery(holds ? HOLDS : CLEARED)
                            .setParameter("rule", ruleId)
                            .setParameter("account", accountId);
                    if (!holds) {
                        update.setParameter("at", at);
                    }
                    return update.executeUpdate();
                })
                .replaceWithVoid();
    }
}
