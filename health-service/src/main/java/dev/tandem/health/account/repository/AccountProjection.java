package dev.tandem.health.account.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes health-service's projection of accounts and their contracts. Each write is an upsert of the state an event
 * carries, so applying events in their per-account order always ends in account-service's state.
 */
@ApplicationScoped
public class AccountProjection {

    private static final String UPSERT_ACCOUNT = """
            INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, updated_at)
            VALUES (:id, :externalId, :plan, :stage, :touchModel, :at)
            ON CONFLICT (account_id) DO UPDATE SET external_id = excluded.external_id, plan = excluded.plan,
                stage = excluded.stage, touch_model = excluded.touch_model, updated_at = excluded.updated_at
            """;

    private static final String UPSERT_CONTRACT = """
            INSERT INTO contract_ref (contract_id, account_id, seats, active) VALUES (:id, :account, :seats, :active)
            ON CONFLICT (contract_id) DO UPDATE SET seats = excluded.seats, active = excluded.active
            """;

    public Uni<Integer> upsertAccount(
            UUID id, String externalId, String plan, String stage, String touchModel, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT_ACCOUNT)
                        .setParameter("id", id)
                        .setParameter("externalId", externalId)
                        .setParameter("plan", plan)
                        .setParameter("stage", stage)
                        .setParameter("touchModel", touchModel)
                        .setParameter("at", at)
                        .executeUpdate());
    }

    public Uni<Integer> updateStage(UUID id, String stage, Instant at) {
        return update("UPDATE account_ref SET stage = :value, updated_at = :at WHERE account_id = :id", id, stage, at);
    }

    public Uni<Integer> updateTouchModel(UUID id, String touchModel, Instant at) {
        return update(
                "UPDATE account_ref SET touch_model = :value, updated_at = :at WHERE account_id = :id",
                id,
                touchModel,
                at);
    }

    /** Forgets what identifies the account; its scores stay, keyed by the Tandem id. */
    public Uni<Integer> erase(UUID id, Instant at) {
        return update(
                "UPDATE account_ref SET erased = TRUE, external_id = :value, updated_at = :at WHERE account_id = :id",
                id,
                "erased:" + id,
                at);
    }

    public Uni<Integer> upsertContract(UUID id, UUID accountId, int seats, boolean active) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT_CONTRACT)
                        .setParameter("id", id)
                        .setParameter("account", accountId)
                        .setParameter("seats", seats)
                        .setParameter("active", active)
                        .executeUpdate());
    }

    private static Uni<Integer> update(String sql, UUID id, String value, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter("id", id)
                        .setParameter("value", value)
                        .setParameter("at", at)
                        .executeUpdate());
    }
}
