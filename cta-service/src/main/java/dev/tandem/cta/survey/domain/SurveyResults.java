package dev.tandem.cta.survey.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a campaign (or every campaign of a survey) brought back.
 *
 * @param sent invitations the SMTP server accepted (bounced ones included: they were sent)
 * @param responseRate answers per invitation sent, 0 to 1; null before anything was sent
 * @param bySegment the same figures per touch model of the accounts asked
 * @param byCohort the same figures per cohort of the accounts asked (the month their customer life began)
 * @param byWeek the score of the answers of each week (Monday, UTC), oldest first
 * @param comments the latest verbatim comments, newest first
 */
public record SurveyResults(
        SurveyKind kind,
        long invited,
        long sent,
        long pending,
        long failed,
        long bounced,
        long suppressed,
        long responses,
        Double responseRate,
        ScoreTally score,
        List<Segment> bySegment,
        List<Cohort> byCohort,
        List<Week> byWeek,
        List<Comment> comments) {

    /** @param touchModel HIGH, LOW, TECH, COMMUNITY, or UNKNOWN where the account has none */
    public record Segment(String touchModel, long sent, long responses, Double responseRate, ScoreTally score) {}

    /** @param cohort the month as YYYY-MM, or UNKNOWN where the account's is not known */
    public record Cohort(String cohort, long sent, long responses, Double responseRate, ScoreTally score) {}

    public record Week(LocalDate weekStart, ScoreTally score) {}

    public record Comment(UUID accountId, String accountName, Integer score, String comment, Instant answeredAt) {}

    public static Double rate(long responses, long sent) {
        return sent == 0 ? null : Math.round(10_000.0 * responses / sent) / 10_000.0;
    }
}
