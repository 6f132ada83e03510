package dev.tandem.cta.timeline.repository;

import dev.tandem.cta.timeline.domain.Participant;
import dev.tandem.cta.timeline.domain.Touchpoint;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who took part in touchpoints: end users of the account (kind USER, by account-service id) and the CSM's colleagues
 * (kind COLLEAGUE, by Keycloak id or user name), and what the projection knows of the end users.
 */
@ApplicationScoped
@WithSession
public class ParticipantStore {

    // The CASE keeps colleagues' refs, which need not be UUIDs, away from the cast.
    private static final String OF_TOUCHPOINTS = """
            SELECT p.touchpoint_id, p.kind, p.ref, u.name, u.email, u.role
            FROM touchpoint_participant p
            LEFT JOIN user_ref u ON u.user_id = CASE WHEN p.kind = 'USER' THEN CAST(p.ref AS uuid) END
            WHERE p.touchpoint_id IN (:ids)
            ORDER BY p.touchpoint_id, p.kind, p.ref
            """;

    // Each row carries the touchpoint's account and time: a person's timeline is one index walk (V19).
    private static final String REPLACE = """
            INSERT INTO touchpoint_participant (touchpoint_id, kind, ref, account_id, occurred_at)
            SELECT CAST(:id AS uuid), 'USER', unnest(CAST(:users AS text[])), CAST(:account AS uuid),
                   CAST(:occurredAt AS timestamptz)
            UNION ALL
            SELECT CAST(:id AS uuid), 'COLLEAGUE', unnest(CAST(:colleagues AS text[])), CAST(:account AS uuid),
                   CAST(:occurredAt AS timestamptz)
            """;

    /** The participants of some touchpoints. */
    public record Participants(List<Participant> users, List<String> colleagues) {

        public static final Participants NONE = new Participants(List.of(), List.of());

        public List<UUID> userIds() {
            return users.stream().map(Participant::userId).toList();
        }
    }

    /** Each touchpoint's participants; a touchpoint without any is missing from the map. */
    public Uni<Map<UUID, Participants>> of(List<UUID> touchpointIds) {
        if (touchpointIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(OF_TOUCHPOINTS, Object[].class)
                        .setParameter("ids", touchpointIds)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, List<Participant>> users = new HashMap<>();
                    Map<UUID, List<String>> colleagues = new HashMap<>();
                    for (Object[] row : rows) {
                        UUID touchpoint = (UUID) row[0];
                        String ref = (String) row[2];
                        if ("USER".equals(row[1])) {
                            users.computeIfAbsent(touchpoint, id -> new ArrayList<>())
                                    .add(new Participant(
                                            UUID.fromString(ref), (String) row[3], (String) row[4], (String) row[5]));
                        } else {
                            colleagues
                                    .computeIfAbsent(touchpoint, id -> new ArrayList<>())
                                    .add(ref);
                        }
                    }
                    Map<UUID, Participants> result = new HashMap<>();
                    for (UUID id : touchpointIds) {
                        if (users.containsKey(id) || colleagues.containsKey(id)) {
                            result.put(
                                    id,
                                    new Participants(
                                            users.getOrDefault(id, List.of()), colleagues.getOrDefault(id, List.of())));
                        }
                    }
                    return result;
                });
    }

    /**
     * Makes {@code users} and {@code colleagues} the touchpoint's participants, in place of any it had; called whenever
     * the touchpoint is written, so that its rows keep its account and time.
     */
    public Uni<Void> replace(Touchpoint touchpoint, List<UUID> users, List<String> colleagues) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "DELETE FROM touchpoint_participant WHERE touchpoint_id = :id")
                        .setParameter("id", touchpoint.id)
                        .executeUpdate()
                        .chain(() -> users.isEmpty() && colleagues.isEmpty()
                                ? Uni.createFrom().item(0)
                                : session.createNativeQuery(REPLACE)
                                        .setParameter("id", touchpoint.id)
                                        .setParameter("account", touchpoint.accountId)
                                        .setParameter("occurredAt", touchpoint.occurredAt)
                                        .setParameter(
                                                "users",
                                                users.stream()
                                                        .map(UUID::toString)
                                                        .toArray(String[]::new))
                                        .setParameter("colleagues", colleagues.toArray(String[]::new))
                                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** The account each of {@code userIds} belongs to, for the users the projection knows. */
    public Uni<Map<UUID, UUID>> accountsOf(List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT user_id, account_id FROM user_ref WHERE user_id IN (:ids)", Object[].class)
                        .setParameter("ids", userIds)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, UUID> accounts = new HashMap<>();
                    rows.forEach(row -> accounts.put((UUID) row[0], (UUID) row[1]));
                    return accounts;
                });
    }
}
