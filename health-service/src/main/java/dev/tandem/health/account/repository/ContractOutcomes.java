package dev.tandem.health.account.repository;

import dev.tandem.health.account.domain.TermOutcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Keeps how each contract term ended. A term ends once: the same contract ending on the same day again (a redelivered
 * event, an import run twice) replaces the row, so applying events again changes nothing.
 */
@ApplicationScoped
public class ContractOutcomes {

    private static final String UPSERT = """
            INSERT INTO contract_outcome (contract_id, outcome_on, account_id, outcome, arr_before, arr_after, reason,
                recorded_at)
            VALUES (:contract, :on, :account, :outcome, CAST(NULLIF(:before, '') AS numeric),
                CAST(NULLIF(:after, '') AS numeric), NULLIF(:reason, ''), :at)
            ON CONFLICT (contract_id, outcome_on) DO UPDATE SET outcome = excluded.outcome,
                arr_before = excluded.arr_before, arr_after = excluded.arr_after, reason = excluded.reason,
                recorded_at = excluded.recorded_at
            """;

    /** Records the outcome; call inside the transaction that applies its event. */
    public Uni<Integer> record(TermOutcome outcome, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("contract", outcome.contractId())
                        .setParameter("on", outcome.on())
                        .setParameter("account", outcome.accountId())
                        .setParameter("outcome", outcome.kind().name())
                        // Text, so that an unknown ARR or reason binds as a typed value the statement turns into NULL.
                        .setParameter("before", text(outcome.arrBefore()))
                        .setParameter("after", text(outcome.arrAfter()))
                        .setParameter("reason", outcome.reason() == null ? "" : outcome.reason())
                        .setParameter("at", at)
                        .executeUpdate());
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
