package dev.tandem.health.scoring.repository;

import dev.tandem.events.account.UserRole;
import dev.tandem.health.domain.metric.Metric;

/**
 * The statements that read the touchpoint metrics of accounts over windows ending each day, from the touchpoints
 * cta.events announced ({@code touchpoint}) and the people who took part. Whether a participant is a decision maker or
 * an executive sponsor is their role now, as the user projection keeps it: the projection keeps no history of roles.
 */
final class TouchpointReads {

    /** The day each account's first touchpoint took place: the touchpoint source is connected from then on. */
    static final String FIRST_DAYS = """
            SELECT a.external_id, min(CAST(t.occurred_at AT TIME ZONE 'UTC' AS date)) FROM account_ref a
              JOIN touchpoint t ON t.account_id = a.account_id AND NOT t.deleted
             WHERE a.external_id = ANY(CAST(:accounts AS text[]))
             GROUP BY a.external_id
            """;

    private static final String SENIOR_ROLES =
            "'" + UserRole.DECISION_MAKER.name() + "', '" + UserRole.EXECUTIVE_SPONSOR.name() + "'";

    private TouchpointReads() {}

    /**
     * The statement reading {@code metric} over windows of {@code windowDays} for the subjects and days of
     * {@code subjectsAndDays} (a {@code FROM} item naming the account {@code k.key0} and the day {@code d.day}).
     */
    static String of(Metric metric, String subjectsAndDays, long windowDays) {
        String upToTheDay = "SELECT k.key0, d.day, %s FROM " + subjectsAndDays
                + " JOIN account_ref a ON a.external_id = k.key0 AND NOT a.erased"
                + " JOIN touchpoint t ON t.account_id = a.account_id AND NOT t.deleted"
                + " AND t.occurred_at < CAST(d.day + 1 AS timestamp) AT TIME ZONE 'UTC'";
        String inTheWindow = upToTheDay + " AND t.occurred_at >= CAST(d.day - " + (windowDays - 1)
                + " AS timestamp) AT TIME ZONE 'UTC'";
        String groupBy = " GROUP BY k.key0, d.day";
        String lastDay = "max(CAST(t.occurred_at AT TIME ZONE 'UTC' AS date))";
        return switch (metric) {
            case TOUCHPOINTS -> inTheWindow.formatted("count(*)") + groupBy;
            case NEGATIVE_TOUCHPOINT_SHARE ->
                inTheWindow.formatted("avg(CASE WHEN t.sentiment = 'NEGATIVE' THEN 1 ELSE 0 END)"
                                + " FILTER (WHERE t.sentiment IS NOT NULL)")
                        + groupBy;
            case DAYS_SINCE_TOUCHPOINT ->
                upToTheDay.formatted("least(" + windowDays + ", d.day - " + lastDay + ")") + groupBy;
            // Every touchpoint up to the day makes a row, so an account with touchpoints but none with a decision maker
            // reads the window's length rather than nothing.
            case DAYS_SINCE_DECISION_MAKER_TOUCHPOINT ->
                upToTheDay.formatted("least(" + windowDays + ", coalesce(d.day - " + lastDay
                                + " FILTER (WHERE senior.present), " + windowDays + "))")
                        + " CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM user_ref u"
                        + " WHERE u.user_id = ANY(t.participant_user_ids) AND u.role IN (" + SENIOR_ROLES
                        + "))) AS senior (present)" + groupBy;
            default -> throw new IllegalArgumentException(metric + " is not a touchpoint metric");
        };
    }
}
