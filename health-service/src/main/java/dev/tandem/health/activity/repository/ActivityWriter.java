package dev.tandem.health.activity.repository;

import dev.tandem.events.signal.SignalType;
import dev.tandem.health.activity.domain.ActivityBatch;
import dev.tandem.health.activity.domain.DayCounts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Adds a poll's folded signals to the daily aggregates (per account, per end user): one multi-row upsert per table, each row adding its
 * increments to what is stored (never read, then written), so concurrent consumers cannot lose each other's counts.
 */
@ApplicationScoped
public class ActivityWriter {

    /** The counted signal types and their columns; other types count only towards {@code signals}. */
    private static final Map<SignalType, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(SignalType.LOGIN, "logins");
        COLUMNS.put(SignalType.FEATURE_USED, "feature_uses");
        COLUMNS.put(SignalType.SEAT_ACTIVATED, "seats_activated");
        COLUMNS.put(SignalType.SETUP_STEP_COMPLETED, "setup_steps");
        COLUMNS.put(SignalType.INVITE_SENT, "invites_sent");
        COLUMNS.put(SignalType.INVITE_ACCEPTED, "invites_accepted");
        COLUMNS.put(SignalType.EMAIL_OPENED, "emails_opened");
        COLUMNS.put(SignalType.EMAIL_CLICKED, "emails_clicked");
        COLUMNS.put(SignalType.TICKET_OPENED, "tickets_opened");
        COLUMNS.put(SignalType.TICKET_CLOSED, "tickets_closed");
        COLUMNS.put(SignalType.EVENT_ATTENDED, "events_attended");
        COLUMNS.put(SignalType.COMMUNITY_POST, "community_posts");
        COLUMNS.put(SignalType.CONTENT_VIEWED, "content_views");
        COLUMNS.put(SignalType.WEBSITE_VISIT, "website_visits");
        COLUMNS.put(SignalType.ROI_REPORTED, "roi_reports");
    }

    /** Must run inside the transaction that records the signals as processed. */
    public Uni<Void> add(ActivityBatch batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> days(session, batch)
                        .chain(() -> userDays(session, batch))
                        .chain(() -> users(session, batch))
                        .chain(() -> features(session, batch))
                        .chain(() -> npsAnswers(session, batch))
                        .chain(() -> roiReports(session, batch)));
    }

    private static Uni<Void> days(Mutiny.Session session, ActivityBatch batch) {
        Map<List<Object>, DayCounts> rows = new LinkedHashMap<>();
        batch.days().forEach((key, counts) -> rows.put(List.of(key.accountExternalId(), key.day()), counts));
        return counters(session, "account_day", List.of("account_external_id", "day"), rows);
    }

    private static Uni<Void> userDays(Mutiny.Session session, ActivityBatch batch) {
        if (batch.userDays().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<List<Object>, DayCounts> rows = new LinkedHashMap<>();
        batch.userDays()
                .forEach((key, counts) -> rows.put(List.of(key.accountExternalId(), key.userId(), key.day()), counts));
        return counters(session, "user_signal_day", List.of("account_external_id", "user_id", "day"), rows);
    }

    /**
     * One additive upsert of daily counters into {@code table} ({@code account_day} or {@code user_signal_day}, which
     * share their counter columns), each row keyed by the values of {@code keyColumns}.
     */
    private static Uni<Void> counters(
            Mutiny.Session session, String table, List<String> keyColumns, Map<List<Object>, DayCounts> counted) {
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (" + String.join(", ", keyColumns) + ", ");
        sql.append("signals, ")
                .append(String.join(", ", COLUMNS.values()))
                .append(", emails_sent, last_seen_at) VALUES ");
        StringJoiner rows = new StringJoiner(", ");
        Map<String, Object> parameters = new LinkedHashMap<>();
        int row = 0;
        for (var entry : counted.entrySet()) {
            DayCounts counts = entry.getValue();
            StringJoiner values = new StringJoiner(", ", "(", ")");
            int key = 0;
            for (Object keyValue : entry.getKey()) {
                values.add(bind(parameters, "k" + row + "_" + key++, keyValue));
            }
            values.add(bind(parameters, "s" + row, counts.total()));
            int column = 0;
            for (SignalType type : COLUMNS.keySet()) {
                values.add(bind(parameters, "c" + row + "_" + column++, counts.of(type)));
            }
            values.add(bind(parameters, "e" + row, counts.emailsSent()));
            // A null cannot be bound without a type; a literal keeps "no product use that day" explicit.
            values.add(
                    counts.lastSeenAt() == null
                            ? "CAST(NULL AS timestamptz)"
                            : bind(parameters, "l" + row, counts.lastSeenAt()));
            rows.add(values.toString());
            row++;
        }
        sql.append(rows)
                .append(" ON CONFLICT (")
                .append(String.join(", ", keyColumns))
                .append(") DO UPDATE SET ");
        StringJoiner updates = new StringJoiner(", ");
        for (String column : counterColumns()) {
            updates.add(column + " = " + table + "." + column + " + excluded." + column);
        }
        updates.add("last_seen_at = GREATEST(" + table + ".last_seen_at, excluded.last_seen_at)");
        sql.append(updates);
        return execute(session, sql.toString(), parameters);
    }

    private static List<String> counterColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("signals");
        columns.addAll(COLUMNS.values());
        columns.add("emails_sent");
        return columns;
    }

    private static Uni<Void> users(Mutiny.Session session, ActivityBatch batch) {
        if (batch.activeUsers().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        int row = 0;
        for (var user : batch.activeUsers()) {
            rows.add("(" + bind(parameters, "a" + row, user.accountExternalId()) + ", "
                    + bind(parameters, "u" + row, user.userId()) + ", " + bind(parameters, "d" + row, user.day())
                    + ")");
            row++;
        }
        return execute(
                session,
                "INSERT INTO user_day (account_external_id, user_id, day) VALUES " + String.join(", ", rows)
                        + " ON CONFLICT DO NOTHING",
                parameters);
    }

    private static Uni<Void> features(Mutiny.Session session, ActivityBatch batch) {
        if (batch.featureUses().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        int row = 0;
        for (var use : batch.featureUses().entrySet()) {
            rows.add("(" + bind(parameters, "a" + row, use.getKey().accountExternalId()) + ", "
                    + bind(parameters, "d" + row, use.getKey().day()) + ", "
                    + bind(parameters, "f" + row, use.getKey().feature()) + ", "
                    + bind(parameters, "n" + row, use.getValue()) + ")");
            row++;
        }
        return execute(
                session,
                "INSERT INTO feature_day (account_external_id, day, feature, uses) VALUES " + String.join(", ", rows)
                        + " ON CONFLICT (account_external_id, day, feature) DO UPDATE SET uses = feature_day.uses"
                        + " + excluded.uses",
                parameters);
    }

    private static Uni<Void> npsAnswers(Mutiny.Session session, ActivityBatch batch) {
        if (batch.npsAnswers().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        int row = 0;
        for (var answer : batch.npsAnswers()) {
            String user = answer.userId() == null ? "CAST(NULL AS text)" : bind(parameters, "u" + row, answer.userId());
            rows.add("(" + bind(parameters, "a" + row, answer.accountExternalId()) + ", " + user + ", "
                    + bind(parameters, "t" + row, answer.answeredAt()) + ", "
                    + bind(parameters, "s" + row, answer.score()) + ")");
            row++;
        }
        return execute(
                session,
                "INSERT INTO nps_response (account_external_id, user_id, answered_at, score) VALUES "
                        + String.join(", ", rows),
                parameters);
    }

    private static Uni<Void> roiReports(Mutiny.Session session, ActivityBatch batch) {
        if (batch.roiReports().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        int row = 0;
        for (var report : batch.roiReports()) {
            rows.add("(" + bind(parameters, "a" + row, report.accountExternalId()) + ", "
                    + bind(parameters, "m" + row, report.metric()) + ", "
                    + bind(parameters, "v" + row, report.value()) + ", "
                    + bind(parameters, "t" + row, report.reportedAt()) + ")");
            row++;
        }
        return execute(
                session,
                "INSERT INTO roi_report (account_external_id, metric, value, reported_at) VALUES "
                        + String.join(", ", rows),
                parameters);
    }

    private static String bind(Map<String, Object> parameters, String name, Object value) {
        parameters.put(name, value);
        return ":" + name;
    }

    private static Uni<Void> execute(Mutiny.Session session, String sql, Map<String, Object> parameters) {
        var query = session.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.executeUpdate().replaceWithVoid();
    }
}
