package dev.tandem.health.touchpoint.repository;

import dev.tandem.events.cta.TouchpointDeleted;
import dev.tandem.events.cta.TouchpointRecorded;
import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The latest version of each touchpoint cta.events announced. A version no newer than the one kept changes nothing, so a
 * redelivered or replayed event and one that arrives after a newer are harmless; a deletion stays as a row without a
 * day, so a recording of an older version met after it does not bring the touchpoint back.
 */
@ApplicationScoped
public class TouchpointProjection {

    /**
     * What an applied change returns: the account (the vendor's id, when the account projection knows it) and the
     * earliest day whose metrics it may change, the earlier of the touchpoint's day before and after (today for a
     * deletion of a touchpoint never seen). All parts of the statement see the table as it was before it, so
     * {@code before} is the previous version.
     */
    private static final String CHANGED_FROM = """
            SELECT a.external_id,
                   coalesce(CAST(least(applied.occurred_at, (SELECT occurred_at FROM before)) AT TIME ZONE 'UTC' AS date),
                            CAST(now() AT TIME ZONE 'UTC' AS date))
              FROM applied JOIN account_ref a ON a.account_id = applied.account_id AND NOT a.erased
            """;

    private static final String RECORD = """
            WITH before AS (SELECT occurred_at FROM touchpoint WHERE touchpoint_id = :id),
            applied AS (
                INSERT INTO touchpoint (touchpoint_id, account_id, version, occurred_at, participant_user_ids, sentiment)
                VALUES (:id, :account, :version, :occurredAt, CAST(CAST(:participants AS text[]) AS uuid[]),
                        NULLIF(CAST(:sentiment AS text), ''))
                ON CONFLICT (touchpoint_id) DO UPDATE
                   SET account_id = excluded.account_id, version = excluded.version,
                       occurred_at = excluded.occurred_at, participant_user_ids = excluded.participant_user_ids,
                       sentiment = excluded.sentiment, deleted = FALSE
                 WHERE touchpoint.version < excluded.version
                RETURNING account_id, occurred_at)
            """ + CHANGED_FROM;

    private static final String DELETE = """
            WITH before AS (SELECT occurred_at FROM touchpoint WHERE touchpoint_id = :id),
            applied AS (
                INSERT INTO touchpoint (touchpoint_id, account_id, version, deleted)
                VALUES (:id, :account, :version, TRUE)
                ON CONFLICT (touchpoint_id) DO UPDATE
                   SET version = excluded.version, occurred_at = NULL, participant_user_ids = '{}', sentiment = NULL,
                       deleted = TRUE
                 WHERE touchpoint.version < excluded.version
                RETURNING account_id, occurred_at)
            """ + CHANGED_FROM;

    /**
     * Keeps the touchpoint's state unless a version as new is kept already.
     *
     * @return the account and the earliest day the change may move, when it changed something for an account the
     *     projection knows
     */
    public Uni<Optional<AccountDay>> record(TouchpointRecorded touchpoint) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", touchpoint.touchpointId());
        parameters.put("account", touchpoint.accountId());
        parameters.put("version", touchpoint.version());
        parameters.put("occurredAt", touchpoint.occurredAt());
        parameters.put(
                "participants",
                touchpoint.participantUserIds().stream().map(UUID::toString).toArray(String[]::new));
        parameters.put(
                "sentiment",
                touchpoint.sentiment() == null ? "" : touchpoint.sentiment().name());
        return changed(RECORD, parameters);
    }

    /** Forgets the touchpoint unless a newer version is kept. */
    public Uni<Optional<AccountDay>> delete(TouchpointDeleted deletion) {
        return changed(
                DELETE,
                Map.of("id", deletion.touchpointId(), "account", deletion.accountId(), "version", deletion.version()));
    }

    private static Uni<Optional<AccountDay>> changed(String sql, Map<String, Object> parameters) {
        return NativeSql.rows(sql, parameters)
                .map(rows -> rows.stream().findFirst().map(row -> new AccountDay((String) row[0], day(row[1]))));
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
