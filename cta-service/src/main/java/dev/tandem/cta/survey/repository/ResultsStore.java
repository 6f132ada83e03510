package dev.tandem.cta.survey.repository;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.survey.domain.ResultCounts.Breakdown;
import dev.tandem.cta.survey.domain.ResultCounts.ScoreCount;
import dev.tandem.cta.survey.domain.ResultCounts.SegmentCounts;
import dev.tandem.cta.survey.domain.SurveyResults.Comment;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts survey results are made of, for one campaign or for every campaign of one survey version. The scope is
 * one of two column names and the grouping one of two expressions, never text from a request.
 */
@ApplicationScoped
public class ResultsStore {

    /** Results of one campaign, or of one survey version. */
    public enum Scope {
        CAMPAIGN("campaign_id"),
        SURVEY("survey_id");

        final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    /** What results break down by: a column of the account asked, UNKNOWN where the projection has none. */
    public enum Grouping {
        TOUCH_MODEL("coalesce(a.touch_model, 'UNKNOWN')"),
        COHORT("coalesce(to_char(a.cohort, 'YYYY-MM'), 'UNKNOWN')");

        final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    public Uni<Breakdown> breakdown(Scope scope, UUID id, Grouping grouping) {
        // One after the other: a reactive session runs one statement at a time.
        return invitations(scope, id, grouping)
                .chain(invitations -> scores(scope, id, grouping).map(scores -> new Breakdown(invitations, scores)));
    }

    private Uni<List<SegmentCounts>> invitations(Scope scope, UUID id, Grouping grouping) {
        return NativeSql.rows(
                        "SELECT " + grouping.expression + ", s.status, count(*), count(s.answered_at)"
                                + " FROM survey_send s LEFT JOIN account_ref a ON a.account_id = s.account_id"
                                + " WHERE s." + scope.column + " = :id GROUP BY 1, 2",
                        Map.of("id", id))
                .map(rows -> rows.stream()
                        .map(row -> new SegmentCounts(
                                (String) row[0], (String) row[1], Rows.number(row[2]), Rows.number(row[3])))
                        .toList());
    }

    private Uni<List<ScoreCount<String>>> scores(Scope scope, UUID id, Grouping grouping) {
        return NativeSql.rows(
                        "SELECT " + grouping.expression + ", r.score, count(*) FROM survey_response r"
                                + " LEFT JOIN account_ref a ON a.account_id = r.account_id"
                                + " WHERE r." + scope.column + " = :id AND r.score IS NOT NULL GROUP BY 1, 2",
                        Map.of("id", id))
                .map(rows -> rows.stream()
                        .map(row -> new ScoreCount<>((String) row[0], Rows.integer(row[1]), Rows.number(row[2])))
                        .toList());
    }

    public Uni<List<ScoreCount<LocalDate>>> scoresByWeek(Scope scope, UUID id) {
        return NativeSql.rows(
                        "SELECT CAST(date_trunc('week', r.answered_at AT TIME ZONE 'UTC') AS date), r.score, count(*)"
                                + " FROM survey_response r WHERE r." + scope.column + " = :id AND r.score IS NOT NULL"
                                + " GROUP BY 1, 2 ORDER BY 1",
                        Map.of("id", id))
                .map(rows -> rows.stream()
                        .map(row -> new ScoreCount<>((LocalDate) row[0], Rows.integer(row[1]), Rows.number(row[2])))
                        .toList());
    }

    public Uni<List<Comment>> latestComments(Scope scope, UUID id, int limit) {
        return NativeSql.rows(
                        "SELECT r.account_id, a.name, r.score, r.comment, r.answered_at FROM survey_response r"
                                + " LEFT JOIN account_ref a ON a.account_id = r.account_id WHERE r." + scope.column
                                + " = :id AND r.comment IS NOT NULL AND r.comment <> ''"
                                + " ORDER BY r.answered_at DESC LIMIT :limit",
                        Map.of("id", id, "limit", limit))
                .map(rows -> rows.stream()
                        .map(row -> new Comment(
                                (UUID) row[0],
                                (String) row[1],
                                Rows.integer(row[2]),
                                (String) row[3],
                                Rows.instant(row[4])))
                        .toList());
    }
}
