package dev.tandem.cta.rule.repository;

import dev.tandem.cta.account.repository.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The record of each rule firing per account, which re-entry limits count and which makes a trigger fire once. */
@ApplicationScoped
@WithSession
public class FiringStore {

    /**
     * Serialises firings of one rule for one account until the transaction ends, so that two triggers at once cannot
     * both pass an "at most N" check.
     */
    public Uni<Void> lock(UUID ruleId, UUID accountId) {
        long key = ruleId.getMostSignificantBits() ^ accountId.getLeastSignificantBits();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:key)) AS locked", Long.class)
                        .setParameter("key", key)
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<List<Instant>> since(UUID ruleId, UUID accountId, Instant since) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT fired_at FROM rule_firing WHERE rule_id = :rule AND account_id = :account "
                                        + "AND fired_at >= :since",
                                Object.class)
                        .setParameter("rule", ruleId)
                        .setParameter("account", accountId)
                        .setParameter("since", since)
                        .getResultList())
                .map(rows -> rows.stream().map(Rows::instant).toList());
    }

    /** @return false when the rule already fired for this account and trigger */
    public Uni<Boolean> record(UUID ruleId, UUID accountId, String triggerKey, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO rule_firing (rule_id, account_id, trigger_key, fired_at) "
                                        + "VALUES (:rule, :account, :key, :at) ON CONFLICT DO NOTHING")
                        .setParameter("rule", ruleId)
                        .setParameter("account", accountId)
                        .setParameter("key", triggerKey)
                        .setParameter("at", at)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
