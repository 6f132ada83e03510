package dev.tandem.cta.notification.repository;

import dev.tandem.cta.notification.domain.Choice;
import dev.tandem.cta.notification.domain.Notice;
import dev.tandem.cta.notification.domain.NotificationChannel;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.domain.NotificationSettings;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** People's notification settings and the notifications sent or waiting for the digest, in plain SQL. */
@ApplicationScoped
public class NotificationStore {

    private static final String RECORD = """
            INSERT INTO notification (id, person, kind, event_key, account_id, title, body, digest_pending, created_at)
            VALUES (:id, :person, :kind, :event, :account, :title, :body, :digest, :at)
            ON CONFLICT (person, kind, event_key) DO NOTHING
            """;

    private static final String SAVE_ADDRESS = """
            INSERT INTO notification_address (person, email, slack_url, teams_url, updated_at)
            VALUES (:person, :email, :slack, :teams, :at)
            ON CONFLICT (person) DO UPDATE SET email = EXCLUDED.email, slack_url = EXCLUDED.slack_url,
                teams_url = EXCLUDED.teams_url, updated_at = EXCLUDED.updated_at
            """;

    public record Digested(UUID id, String title, Instant at) {}

    public Uni<NotificationSettings> settings(String person) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT email, slack_url, teams_url FROM notification_address WHERE person = :person",
                                Object[].class)
                        .setParameter("person", person)
                        .getResultList()
                        .chain(addresses -> session.createNativeQuery(
                                        "SELECT kind, channels, digest FROM notification_preference WHERE person = :p",
                                        Object[].class)
                                .setParameter("p", person)
                                .getResultList()
                                .map(rows -> {
                                    Map<NotificationKind, Choice> choices = new EnumMap<>(NotificationKind.class);
                                    for (Object[] row : rows) {
                                        choices.put(
                                                NotificationKind.valueOf((String) row[0]),
                                                new Choice(channels((String) row[1]), (Boolean) row[2]));
                                    }
                                    Object[] address = addresses.isEmpty() ? new Object[3] : addresses.get(0);
                                    return new NotificationSettings(
                                            (String) address[0], (String) address[1], (String) address[2], choices);
                                })));
    }

    public Uni<Void> save(String person, NotificationSettings settings, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SAVE_ADDRESS)
                        .setParameter("person", person)
                        .setParameter("email", settings.email())
                        .setParameter("slack", settings.slackUrl())
                        .setParameter("teams", settings.teamsUrl())
                        .setParameter("at", at)
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery("DELETE FROM notification_preference WHERE person = :p")
                                .setParameter("p", person)
                                .executeUpdate())
                        .chain(() -> {
                            Uni<Integer> chain = Uni.createFrom().item(0);
                            for (var choice : settings.choices().entrySet()) {
                                chain = chain.chain(() -> session.createNativeQuery(
                                                "INSERT INTO notification_preference (person, kind, channels, digest)"
                                                        + " VALUES (:p, :kind, :channels, :digest)")
                                        .setParameter("p", person)
                                        .setParameter("kind", choice.getKey().name())
                                        .setParameter(
                                                "channels",
                                                choice.getValue().channels().stream()
                                                        .map(Enum::name)
                                                        .sorted()
                                                        .collect(Collectors.joining(",")))
                                        .setParameter(
                                                "digest", choice.getValue().digest())
                                        .executeUpdate());
                            }
                            return chain.replaceWithVoid();
                        }));
    }

    /** @return false when this person was told of this event already */
    public Uni<Boolean> record(UUID id, Notice notice, boolean digest, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("id", id)
                        .setParameter("person", notice.person())
                        .setParameter("kind", notice.kind().name())
                        .setParameter("event", notice.eventKey())
                        .setParameter("account", notice.accountId())
                        .setParameter("title", notice.title())
                        .setParameter("body", String.join("\n", notice.lines()))
                        .setParameter("digest", digest)
                        .setParameter("at", at)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** The notifications waiting for this person's digest, oldest first. */
    public Uni<List<Digested>> pendingDigest(String person) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT id, title, created_at FROM notification WHERE person = :p AND digest_pending"
                                        + " ORDER BY created_at, id",
                                Object[].class)
                        .setParameter("p", person)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Digested((UUID) row[0], (String) row[1], instant(row[2])))
                        .toList());
    }

    /** The digest took these: they wait no more. */
    public Uni<Void> markDigested(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "UPDATE notification SET digest_pending = FALSE WHERE id IN (:ids)")
                        .setParameter("ids", ids)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Who gets a digest: those who chose one, and those with notifications waiting for it. */
    public Uni<List<String>> digestReaders() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT person FROM notification_preference WHERE kind = 'DAILY_DIGEST' AND channels <> ''
                                UNION SELECT DISTINCT person FROM notification WHERE digest_pending
                                """, String.class).getResultList());
    }

    /** An open CTA of the person's cockpit, for the digest. */
    public record OpenCta(String reason, java.time.LocalDate dueDate) {}

    /** The person's open, unsnoozed CTAs, those due first; at most {@code limit}. */
    public Uni<List<OpenCta>> openCtas(String person, java.time.LocalDate today, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT reason, due_date FROM cta
                                WHERE owner_id = :p AND status = 'OPEN' AND (snoozed_until IS NULL OR snoozed_until <= :today)
                                ORDER BY due_date NULLS LAST, created_at LIMIT :limit
                                """, Object[].class)
                        .setParameter("p", person)
                        .setParameter("today", today)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new OpenCta((String) row[0], (java.time.LocalDate) row[1]))
                        .toList());
    }

    /** An open CTA past its due date whose owner has not been told of it yet. */
    public record Overdue(UUID ctaId, String owner, UUID accountId, String reason, java.time.LocalDate dueDate) {}

    public Uni<List<Overdue>> overdueUntold(java.time.LocalDate today, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT c.id, c.owner_id, c.account_id, c.reason, c.due_date FROM cta c
                                WHERE c.status = 'OPEN' AND c.owner_id IS NOT NULL AND c.due_date < :today
                                  AND NOT EXISTS (SELECT 1 FROM notification n
                                                  WHERE n.person = c.owner_id AND n.kind = 'CTA_OVERDUE'
                                                    AND n.event_key = c.id || ':' || c.due_date)
                                ORDER BY c.due_date LIMIT :limit
                                """, Object[].class)
                        .setParameter("today", today)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Overdue(
                                (UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (java.time.LocalDate)
                                        row[4]))
                        .toList());
    }

    private static java.util.Set<NotificationChannel> channels(String stored) {
        return stored.isEmpty()
                ? java.util.Set.of()
                : Arrays.stream(stored.split(","))
                        .map(NotificationChannel::valueOf)
                        .collect(Collectors.toSet());
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : ((java.time.OffsetDateTime) value).toInstant();
    }
}
