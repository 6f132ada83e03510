package dev.tandem.health.account.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes health-service's projection of accounts and their contracts. Each write is an upsert of the state an event
 * carries, so applying events in their per-account order always ends in account-service's state.
 */
@ApplicationScoped
public class AccountProjection {

    private static final String UPSERT_ACCOUNT = """
            INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, csm_id, updated_at, created_on,
                cohort)
            VALUES (:id, :externalId, :plan, :stage, :touchModel, NULLIF(:csm, ''), :at,
                CAST(NULLIF(:createdOn, '') AS date), NULLIF(:cohort, ''))
            ON CONFLICT (account_id) DO UPDATE SET external_id = excluded.external_id, plan = excluded.plan,
                stage = excluded.stage, touch_model = excluded.touch_model, csm_id = excluded.csm_id,
                updated_at = excluded.updated_at,
                created_on = coalesce(account_ref.created_on, excluded.created_on),
                cohort = coalesce(excluded.cohort, account_ref.cohort)
            """;

    /**
     * A contract's running state. Its end is the day it stopped running; a contract that runs again (an end undone)
     * forgets it. Its start stays the first term's: a renewal does not undo that the earlier terms ran, and seat use
     * read as of a day in them must see the contract running.
     */
    private static final String UPSERT_CONTRACT = """
            INSERT INTO contract_ref (contract_id, account_id, seats, active, start_date, ended_on)
            VALUES (:id, :account, :seats, :active, CAST(NULLIF(:start, '') AS date), CASE WHEN :active THEN NULL ELSE CAST(:at AS date) END)
            ON CONFLICT (contract_id) DO UPDATE SET seats = excluded.seats, active = excluded.active,
                start_date = least(contract_ref.start_date, excluded.start_date),
                ended_on = CASE WHEN excluded.active THEN NULL
                                ELSE coalesce(contract_ref.ended_on, excluded.ended_on) END
            """;

    /**
     * Where the account now stands, kept as of {@code :at}: scoring a past day reads the segment of that day. A second
     * change at the same instant replaces the first.
     */
    private static final String KEEP_SEGMENT = """
            INSERT INTO account_segment_history (account_external_id, valid_from, stage, touch_model, plan)
            SELECT external_id, :at, stage, touch_model, plan FROM account_ref WHERE account_id = :id AND NOT erased
            ON CONFLICT (account_external_id, valid_from) DO UPDATE SET stage = excluded.stage,
                touch_model = excluded.touch_model, plan = excluded.plan
            """;

    /**
     * Writes the account's state.
     *
     * @param csmId the account's CSM, null when it has none
     * @param createdOn the sign-up day, from the creation event; null from an update, which keeps the one stored
     * @param cohort YYYY-MM, or null while the account has not paid
     */
    public Uni<Integer> upsertAccount(
            UUID id,
            String externalId,
            String plan,
            String stage,
            String touchModel,
            String csmId,
            Instant at,
            LocalDate createdOn,
            String cohort) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT_ACCOUNT)
                        .setParameter("id", id)
                        .setParameter("externalId", externalId)
                        .setParameter("plan", plan)
                        .setParameter("stage", stage)
                        .setParameter("touchModel", touchModel)
                        .setParameter("at", at)
                        // Text, so that a missing CSM, day or cohort binds as a typed value the statement turns into
                        // NULL.
                        .setParameter("createdOn", createdOn == null ? "" : createdOn.toString())
                        .setParameter("cohort", cohort == null ? "" : cohort)
                        .setParameter("csm", csmId == null ? "" : csmId)
                        .executeUpdate())
                .call(() -> keepSegment(id, at));
    }

    private Uni<Integer> keepSegment(UUID id, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(KEEP_SEGMENT)
                        .setParameter("id", id)
                        .setParameter("at", at)
                        .executeUpdate());
    }

    /** The account's new CSM; null when it has none any more. */
    public Uni<Integer> updateCsm(UUID id, String csmId, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "UPDATE account_ref SET csm_id = NULLIF(:csm, ''), updated_at = :at WHERE account_id = :id")
                        .setParameter("csm", csmId == null ? "" : csmId)
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    public Uni<Integer> updateStage(UUID id, String stage, Instant at) {
        return update("UPDATE account_ref SET stage = :value, updated_at = :at WHERE account_id = :id", id, stage, at)
                .call(() -> keepSegment(id, at));
    }

    /** Records the day a free or trial account started paying; the first conversion counts. */
    public Uni<Integer> recordConversion(UUID id, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("UPDATE account_ref SET converted_on = :day,"
                                + " cohort = coalesce(cohort, to_char(CAST(:day AS date), 'YYYY-MM'))"
                                + " WHERE account_id = :id AND converted_on IS NULL")
                        .setParameter("day", LocalDate.ofInstant(at, ZoneOffset.UTC))
                        .setParameter("id", id)
                        .executeUpdate());
    }

    public Uni<Integer> updateTouchModel(UUID id, String touchModel, Instant at) {
        return update(
                        "UPDATE account_ref SET touch_model = :value, updated_at = :at WHERE account_id = :id",
                        id,
                        touchModel,
                        at)
                .call(() -> keepSegment(id, at));
    }

    /** Forgets what identifies the account, and where it stood over time; its scores stay, keyed by the Tandem id. */
    public Uni<Integer> erase(UUID id, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "DELETE FROM account_segment_history WHERE"
                                        + " account_external_id IN (SELECT external_id FROM account_ref WHERE account_id = :id)")
                        .setParameter("id", id)
                        .executeUpdate())
                .chain(() -> update(
                        "UPDATE account_ref SET erased = TRUE, external_id = :value, updated_at = :at WHERE account_id = :id",
                        id,
                        "erased:" + id,
                        at));
    }

    /** Writes a contract's state as of {@code at}, the event's time. */
    public Uni<Integer> upsertContract(
            UUID id, UUID accountId, int seats, boolean active, LocalDate startDate, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT_CONTRACT)
                        .setParameter("id", id)
                        .setParameter("account", accountId)
                        .setParameter("seats", seats)
                        .setParameter("active", active)
                        // Text, so that a contract without a start binds as a typed value the statement turns into
                        // NULL.
                        .setParameter("start", startDate == null ? "" : startDate.toString())
                        .setParameter("at", LocalDate.ofInstant(at, ZoneOffset.UTC))
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
