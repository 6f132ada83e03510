package dev.tandem.cta.survey.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The counts results are made of, as the database adds them up, and how they become {@link SurveyResults}. */
public final class ResultCounts {

    private ResultCounts() {}

    /** Per group (a touch model, or a cohort): invitations in one status, and how many of them were answered. */
    public record SegmentCounts(String group, String status, long invitations, long answered) {}

    /** How many answers gave {@code score}, in {@code group} (a touch model, a cohort, or a week's Monday). */
    public record ScoreCount<G>(G group, int score, long answers) {}

    /** The counts of one breakdown: invitations and scores by the same groups. */
    public record Breakdown(List<SegmentCounts> invitations, List<ScoreCount<String>> scores) {}

    /** One group's figures, before they are named for their breakdown. */
    private record GroupFigures(String group, long sent, long responses, Double responseRate, ScoreTally score) {}

    /**
     * @param byTouchModel the counts by touch model, which also make the overall figures (every invitation is in
     *     exactly one touch model group, UNKNOWN included)
     * @param byCohort the same counts by cohort
     */
    public static SurveyResults results(
            SurveyKind kind,
            Breakdown byTouchModel,
            Breakdown byCohort,
            List<ScoreCount<LocalDate>> byWeek,
            List<SurveyResults.Comment> comments) {
        List<SegmentCounts> invitations = byTouchModel.invitations();
        Map<String, Long> byStatus = invitations.stream()
                .collect(Collectors.groupingBy(
                        SegmentCounts::status, Collectors.summingLong(SegmentCounts::invitations)));
        long invited = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long sent = byStatus.getOrDefault("SENT", 0L) + byStatus.getOrDefault("BOUNCED", 0L);
        long responses = invitations.stream().mapToLong(SegmentCounts::answered).sum();

        List<SurveyResults.Segment> segments = figures(kind, byTouchModel).stream()
                .map(g -> new SurveyResults.Segment(g.group(), g.sent(), g.responses(), g.responseRate(), g.score()))
                .toList();
        List<SurveyResults.Cohort> cohorts = figures(kind, byCohort).stream()
                .map(g -> new SurveyResults.Cohort(g.group(), g.sent(), g.responses(), g.responseRate(), g.score()))
                .toList();
        List<SurveyResults.Week> weeks = histograms(byWeek).entrySet().stream()
                .map(week -> new SurveyResults.Week(week.getKey(), ScoreTally.of(kind, week.getValue())))
                .toList();
        Map<Integer, Long> all = new TreeMap<>();
        byTouchModel.scores().forEach(count -> all.merge(count.score(), count.answers(), Long::sum));
        return new SurveyResults(
                kind,
                invited,
                sent,
                byStatus.getOrDefault("PENDING", 0L),
                byStatus.getOrDefault("FAILED", 0L),
                byStatus.getOrDefault("BOUNCED", 0L),
                byStatus.getOrDefault("SUPPRESSED", 0L),
                responses,
                SurveyResults.rate(responses, sent),
                ScoreTally.of(kind, all),
                segments,
                cohorts,
                weeks,
                comments);
    }

    /** Sent, answered, response rate and score of each group, in the groups' order. */
    private static List<GroupFigures> figures(SurveyKind kind, Breakdown breakdown) {
        Map<String, Map<Integer, Long>> scores = histograms(breakdown.scores());
        List<SegmentCounts> invitations = breakdown.invitations();
        return invitations.stream()
                .map(SegmentCounts::group)
                .distinct()
                .sorted()
                .map(group -> {
                    long groupSent = invitations.stream()
                            .filter(c -> c.group().equals(group) && sentStatus(c.status()))
                            .mapToLong(SegmentCounts::invitations)
                            .sum();
                    long groupAnswered = invitations.stream()
                            .filter(c -> c.group().equals(group))
                            .mapToLong(SegmentCounts::answered)
                            .sum();
                    return new GroupFigures(
                            group,
                            groupSent,
                            groupAnswered,
                            SurveyResults.rate(groupAnswered, groupSent),
                            ScoreTally.of(kind, scores.getOrDefault(group, Map.of())));
                })
                .toList();
    }

    private static boolean sentStatus(String status) {
        return status.equals("SENT") || status.equals("BOUNCED");
    }

    private static <G extends Comparable<? super G>> Map<G, Map<Integer, Long>> histograms(List<ScoreCount<G>> counts) {
        Map<G, Map<Integer, Long>> histograms = new TreeMap<>();
        for (ScoreCount<G> count : counts) {
            histograms
                    .computeIfAbsent(count.group(), group -> new TreeMap<>())
                    .merge(count.score(), count.answers(), Long::sum);
        }
        return histograms;
    }
}
