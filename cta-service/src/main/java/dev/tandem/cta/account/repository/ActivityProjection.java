package dev.tandem.cta.account.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/** Active users per account and week, as signals.raw shows them: any signal naming a user counts as activity. */
@ApplicationScoped
@WithSession
public class ActivityProjection {

    private static final String WEEKS = """
            SELECT account_id,
                   count(*) FILTER (WHERE week_start = :w2),
                   count(*) FILTER (WHERE week_start = :w1),
                   count(*) FILTER (WHERE week_start = :w0)
            FROM active_user_week WHERE week_start BETWEEN :w2 AND :w0
            GROUP BY account_id
            """;

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A user seen active at an account, at a moment of some week. */
    public record ActiveUser(UUID accountId, String userKey, Instant at) {}

    /** Distinct active users of an account in three consecutive weeks, oldest first. */
    public record ThreeWeeks(int weekBeforePrevious, int previousWeek, int lastWeek) {}

    /** Records a poll's active users in one statement; a user already counted for the week stays counted once. */
    public Uni<Integer> recordAll(Collection<ActiveUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        StringJoiner rows = new StringJoiner(", ");
        Map<String, Object> parameters = new HashMap<>();
        int i = 0;
        for (ActiveUser user : users) {
            rows.add("(:account" + i + ", :week" + i + ", :user" + i + ")");
            parameters.put("account" + i, user.accountId());
            parameters.put("week" + i, weekOf(LocalDate.ofInstant(user.at(), ZoneOffset.UTC)));
            parameters.put("user" + i, user.userKey());
            i++;
        }
        return AccountProjection.execute(
                "INSERT INTO active_user_week (account_id, week_start, user_key) VALUES " + rows
                        + " ON CONFLICT DO NOTHING",
                parameters);
    }

    /** Active users of every active account in the three weeks ending with the week starting {@code lastWeek}. */
    public Uni<Map<UUID, ThreeWeeks>> lastThreeWeeks(LocalDate lastWeek) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(WEEKS, Object[].class)
                        .setParameter("w0", lastWeek)
                        .setParameter("w1", lastWeek.minusWeeks(1))
                        .setParameter("w2", lastWeek.minusWeeks(2))
                        .getResultList())
                .map(rows -> {
                    Map<UUID, ThreeWeeks> weeks = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        weeks.put(
                                (UUID) row[0],
                                new ThreeWeeks((int) Rows.number(row[1]), (int) Rows.number(row[2]), (int)
                                        Rows.number(row[3])));
                    }
                    return weeks;
                });
    }

    /** Forgets weeks no comparison reads any more. */
    public Uni<Integer> forgetBefore(LocalDate week) {
        return AccountProjection.execute("DELETE FROM active_user_week WHERE week_start < :week", Map.of("week", week));
    }
}
