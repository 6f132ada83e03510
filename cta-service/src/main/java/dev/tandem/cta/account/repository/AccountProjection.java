package dev.tandem.cta.account.repository;

import dev.tandem.cta.account.domain.Cohort;
import dev.tandem.events.account.ContractEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * Writes cta-service's projection of accounts, users and contracts from account.events. Every write is an upsert of
 * the state the event carries, so replaying one account's events in order ends in account-service's state.
 */
@ApplicationScoped
@WithSession
public class AccountProjection {

    private static final String UPSERT_ACCOUNT = """
            INSERT INTO account_ref (account_id, external_id, name, plan, stage, touch_model, csm_id, cohort, updated_at)
            VALUES (:id, :externalId, :name, :plan, :stage, :touchModel, :csm, CAST(:cohort AS date), :at)
            ON CONFLICT (account_id) DO UPDATE SET external_id = excluded.external_id, name = excluded.name,
                plan = excluded.plan, stage = excluded.stage, touch_model = excluded.touch_model,
                csm_id = excluded.csm_id, cohort = coalesce(excluded.cohort, account_ref.cohort),
                updated_at = excluded.updated_at
            """;

    private static final String UPSERT_USER = """
            INSERT INTO user_ref (user_id, account_id, external_id, name, email, paid_seat, role)
            VALUES (:id, :account, :externalId, :name, :email, :paid, :role)
            ON CONFLICT (user_id) DO UPDATE SET account_id = excluded.account_id, external_id = excluded.external_id,
                name = excluded.name, email = excluded.email, paid_seat = excluded.paid_seat, role = excluded.role
            """;

    private static final String UPSERT_CONTRACT = """
            INSERT INTO contract_ref (contract_id, account_id, seats, arr, renewal_date, active)
            VALUES (:id, :account, :seats, :arr, :renewal, :active)
            ON CONFLICT (contract_id) DO UPDATE SET seats = excluded.seats, arr = excluded.arr,
                renewal_date = excluded.renewal_date, active = excluded.active
            """;

    private static final String SEATS = """
            SELECT (SELECT count(*) FROM user_ref WHERE account_id = :account AND paid_seat),
                   (SELECT coalesce(sum(seats), 0) FROM contract_ref WHERE account_id = :account AND active)
            """;

    /** Paid users and contracted seats of running contracts. */
    public record Seats(int used, int contracted) {}

    public Uni<Integer> upsertAccount(
            UUID id,
            String externalId,
            String name,
            String plan,
            String stage,
            String touchModel,
            String csmId,
            YearMonth cohort,
            Instant at) {
        return execute(
                UPSERT_ACCOUNT,
                Map.ofEntries(
                        Map.entry("cohort", nullable(Cohort.firstDay(cohort))),
                        Map.entry("id", id),
                        Map.entry("externalId", externalId),
                        Map.entry("name", name == null ? externalId : name),
                        Map.entry("plan", nullable(plan)),
                        Map.entry("stage", nullable(stage)),
                        Map.entry("touchModel", nullable(touchModel)),
                        Map.entry("csm", nullable(csmId)),
                        Map.entry("at", at == null ? Instant.now() : at)));
    }

    /** Gives the account the cohort a contract implies, unless it has one already (see {@link Cohort}). */
    public Uni<Integer> cohortFrom(ContractEvent contract) {
        return Cohort.impliedBy(contract)
                .map(cohort -> execute(
                        "UPDATE account_ref SET cohort = :cohort WHERE account_id = :id AND cohort IS NULL",
                        Map.of("id", contract.accountId(), "cohort", Cohort.firstDay(cohort))))
                .orElseGet(() -> Uni.createFrom().item(0));
    }

    public Uni<Integer> updateColumn(UUID id, String column, String value) {
        // column is one of a fixed set chosen by the consumer, never caller input
        String sql = "UPDATE account_ref SET " + column + " = :value WHERE account_id = :id";
        return execute(sql, Map.of("id", id, "value", nullable(value)));
    }

    /** @param role the part the user plays at the account (UserRole's name), null when unknown */
    public Uni<Integer> upsertUser(
            UUID id, UUID accountId, String externalId, String name, String email, boolean paid, String role) {
        return execute(
                UPSERT_USER,
                Map.of(
                        "id", id,
                        "account", accountId,
                        "externalId", externalId,
                        "name", nullable(name),
                        "email", nullable(email),
                        "paid", paid,
                        "role", nullable(role)));
    }

    /** Forgets the end user, and that they took part in touchpoints (the touchpoints stay, without them). */
    public Uni<Integer> deleteUser(UUID id) {
        return execute("DELETE FROM user_ref WHERE user_id = :id", Map.of("id", id))
                .call(() -> execute(
                        "DELETE FROM touchpoint_participant WHERE kind = 'USER' AND ref = :id",
                        Map.of("id", id.toString())));
    }

    /**
     * Keeps the contract as any of its events states it.
     *
     * @param running whether its seats, ARR and renewal count for the account
     */
    public Uni<Integer> upsertContract(ContractEvent contract, boolean running) {
        return execute(
                UPSERT_CONTRACT,
                Map.of(
                        "id", contract.contractId(),
                        "account", contract.accountId(),
                        "seats", contract.seats(),
                        "arr", contract.arr() == null ? BigDecimal.ZERO : contract.arr(),
                        "renewal", nullable(contract.renewalDate()),
                        "active", running));
    }

    public Uni<Seats> seats(UUID accountId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SEATS, Object[].class)
                        .setParameter("account", accountId)
                        .getSingleResult())
                .map(row -> new Seats((int) Rows.number(row[0]), (int) Rows.number(row[1])));
    }

    /**
     * Forgets the account and everything held about it: projections, scores, CTAs with their comments and tasks, and
     * pending messages, which may quote its people, and touchpoints with their participants.
     */
    public Uni<Void> erase(UUID accountId) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (String table : new String[] {
            "account_ref",
            "user_ref",
            "contract_ref",
            "score_ref",
            "score_point",
            "touchpoint",
            "cta",
            "delivery",
            "rule_firing"
        }) {
            chain = chain.chain(
                    () -> execute("DELETE FROM " + table + " WHERE account_id = :id", Map.of("id", accountId)));
        }
        return chain.replaceWithVoid();
    }

    static Uni<Integer> execute(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            parameters.forEach((name, value) -> query.setParameter(name, value == NULL ? null : value));
            return query.executeUpdate();
        });
    }

    /** Map.of refuses nulls; this stands for SQL NULL in parameter maps. */
    static final Object NULL = new Object();

    static Object nullable(Object value) {
        return value == null ? NULL : value;
    }
}
