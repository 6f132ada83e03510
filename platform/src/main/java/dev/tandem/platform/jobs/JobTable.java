package dev.tandem.platform.jobs;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A table of background jobs that any replica may work, one replica at a time per job, such as bulk imports or a
 * rescoring of every account. The table has the columns {@code id} (uuid), {@code status} ({@code QUEUED},
 * {@code RUNNING}, then a final one), {@code created_at}, {@code heartbeat_at} and {@code claim_token}.
 *
 * <p>A worker claims the oldest waiting job, or a running one whose worker has gone silent, under a token of its own;
 * every step of progress is written with that token and refused once another worker holds the job. So a job survives a
 * crash, is taken over where it stopped, and is never worked by two replicas at once. Call everything inside a
 * transaction.
 */
public final class JobTable {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final String table;

    public JobTable(String table) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.table = table;
    }

    /**
     * The id of the next job to claim, locked until the transaction ends: a waiting one, or a running one silent since
     * before {@code stale}, oldest first; null when there is none. Replicas skip each other's locked rows.
     */
    public Uni<UUID> nextClaimable(Instant stale) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT id FROM " + table
                                        + " WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < :stale)"
                                        + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED",
                                UUID.class)
                        .setParameter("stale", stale)
                        .getSingleResultOrNull());
    }

    /**
     * Records progress of the job held by {@code token}: {@code assignments} (SQL {@code column = expression}, with
     * {@code parameters}) and a fresh heartbeat.
     *
     * @return false when another worker has taken the job over, and this one must stop
     */
    public Uni<Boolean> progress(
            UUID jobId, UUID token, String assignments, Map<String, Object> parameters, Instant now) {
        return update(
                        assignments + ", heartbeat_at = :now",
                        " AND status = 'RUNNING'",
                        jobId,
                        token,
                        withNow(parameters, now))
                .map(updated -> updated == 1);
    }

    /** Ends the job held by {@code token} with {@code status} and {@code assignments} (with {@code parameters}). */
    public Uni<Void> finish(UUID jobId, UUID token, String status, String assignments, Map<String, Object> parameters) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("status", status);
        return update("status = :status, " + assignments, "", jobId, token, all).replaceWithVoid();
    }

    private Uni<Integer> update(
            String assignments, String condition, UUID jobId, UUID token, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(
                    "UPDATE " + table + " SET " + assignments + " WHERE id = :id AND claim_token = :token" + condition);
            parameters.forEach(query::setParameter);
            return query.setParameter("id", jobId).setParameter("token", token).executeUpdate();
        });
    }

    private static Map<String, Object> withNow(Map<String, Object> parameters, Instant now) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("now", now);
        return all;
    }
}
