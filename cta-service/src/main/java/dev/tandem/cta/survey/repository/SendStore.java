package dev.tandem.cta.survey.repository;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.survey.domain.Invitation;
import dev.tandem.cta.survey.domain.SurveyKind;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Invitations: the durable queue of e-mails to send, and the record of what became of each. */
@ApplicationScoped
public class SendStore {

    /**
     * Claims due invitations by pushing their next attempt past a lease, and reads what personalises each in the same
     * statement. Another worker skips the locked rows, and sees them again only if this one died before recording.
     */
    private static final String CLAIM = """
            WITH claimed AS (
                UPDATE survey_send SET next_attempt_at = :lease, attempts = attempts + 1
                WHERE id IN (SELECT id FROM survey_send WHERE status = 'PENDING' AND next_attempt_at <= :now
                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id, campaign_id, survey_id, account_id, user_id, email, expires_at)
            SELECT c.id, c.survey_id, c.email, u.name, a.name, sc.band, sc.score,
                   (SELECT count(*) FROM active_user_week w WHERE w.account_id = c.account_id AND w.week_start = :week),
                   s.subject, s.intro, s.kind, c.expires_at,
                   EXISTS (SELECT 1 FROM email_suppression x WHERE x.email = lower(c.email)),
                   c.campaign_id, c.account_id, a.external_id, c.user_id, u.external_id, s.name, k.webhook_url
            FROM claimed c
            JOIN survey s ON s.id = c.survey_id
            JOIN survey_campaign k ON k.id = c.campaign_id
            LEFT JOIN user_ref u ON u.user_id = c.user_id
            LEFT JOIN account_ref a ON a.account_id = c.account_id
            LEFT JOIN score_ref sc ON sc.account_id = c.account_id
            """;

    public Uni<List<Invitation>> claim(Instant now, Instant lease, int limit) {
        LocalDate lastWeek = now.atZone(ZoneOffset.UTC)
                .toLocalDate()
                .minusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return NativeSql.rows(CLAIM, Map.of("now", now, "lease", lease, "limit", limit, "week", lastWeek))
                .map(rows -> rows.stream().map(SendStore::invitation).toList());
    }

    public Uni<Void> sent(List<UUID> ids, Instant at) {
        return ids.isEmpty()
                ? Uni.createFrom().voidItem()
                : NativeSql.execute(
                        "UPDATE survey_send SET status = 'SENT', sent_at = :at, last_error = NULL"
                                + " WHERE id = ANY (CAST(:ids AS uuid[])) AND status = 'PENDING'",
                        Map.of("ids", ids.toArray(UUID[]::new), "at", at));
    }

    public Uni<Void> suppressed(List<UUID> ids) {
        return ids.isEmpty()
                ? Uni.createFrom().voidItem()
                : NativeSql.execute(
                        "UPDATE survey_send SET status = 'SUPPRESSED' WHERE id = ANY (CAST(:ids AS uuid[]))"
                                + " AND status = 'PENDING'",
                        Map.of("ids", ids.toArray(UUID[]::new)));
    }

    /** A failed attempt: retried at {@code retryAt} while attempts remain, else FAILED for good. */
    public Uni<Void> failed(UUID id, String error, int maxAttempts, Instant retryAt) {
        return NativeSql.execute("""
                UPDATE survey_send SET last_error = :error, next_attempt_at = :retryAt,
                       status = CASE WHEN attempts >= :max THEN 'FAILED' ELSE 'PENDING' END
                WHERE id = :id AND status = 'PENDING'
                """, Map.of("id", id, "error", error, "max", maxAttempts, "retryAt", retryAt));
    }

    /** An invitation handed to a webhook that never took it: FAILED, with the webhook's last error. */
    public Uni<Void> undelivered(UUID id, String error) {
        return NativeSql.execute(
                "UPDATE survey_send SET status = 'FAILED', last_error = :error WHERE id = :id AND status = 'SENT'",
                Map.of("id", id, "error", error == null ? "webhook failed" : error));
    }

    /** Marks the last send to {@code email} bounced; returns how many rows it marked (0 or 1). */
    public Uni<Integer> bounced(String email, String detail) {
        return NativeSql.rows("""
                        WITH last AS (SELECT id FROM survey_send WHERE lower(email) = :email AND status = 'SENT'
                                      ORDER BY sent_at DESC LIMIT 1)
                        UPDATE survey_send SET status = 'BOUNCED', last_error = :detail
                        WHERE id IN (SELECT id FROM last) RETURNING id, 0
                        """, Map.of("email", email, "detail", detail == null ? "bounced" : detail))
                .map(List::size);
    }

    private static Invitation invitation(Object[] row) {
        return new Invitation(
                (UUID) row[0],
                (UUID) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                Rows.integer(row[6]),
                Rows.integer(row[7]),
                (String) row[8],
                (String) row[9],
                SurveyKind.valueOf((String) row[10]),
                Rows.instant(row[11]),
                Boolean.TRUE.equals(row[12]),
                new Invitation.Recipient(
                        (UUID) row[13], (UUID) row[14], (String) row[15], (UUID) row[16], (String) row[17]),
                (String) row[18],
                (String) row[19]);
    }
}
