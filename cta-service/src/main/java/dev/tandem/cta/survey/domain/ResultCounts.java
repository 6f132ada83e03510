package dev.tandem.cta.survey.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The counts results are made of, as the database adds them up, and how they become {@link SurveyResults}. */
public final class ResultCounts {

    private ResultCounts() {}

    /** Per touch model: invitations in one status, and how many of them were answered. */
    public record SegmentCounts(String touchModel, String status, long invitations, long answered) {}

    /** How many answers gave {@code score}, in {@code group} (a touch model, or a week's Monday). */
    public record ScoreCount<G>(G group, int score, long answers) {}

    public static SurveyResults results(
            SurveyKind kind,
            List<SegmentCounts> invitations,
            List<ScoreCount<String>> bySegment,
            List<ScoreCount<LocalDate>> byWeek,
            List<SurveyResults.Comment> comments) {
        Map<String, Long> byStatus = invitations.stream()
                .collect(Collectors.groupingBy(
                        SegmentCounts::status, Collectors.summingLong(SegmentCounts::invitations)));
        long invited = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long sent = byStatus.getOrDefault("SENT", 0L) + byStatus.getOrDefault("BOUNCED", 0L);
        long responses = invitations.stream().mapToLong(SegmentCounts::answered).sum();

        Map<String, Map<Integer, Long>> segmentScores = histograms(bySegment);
        List<SurveyResults.Segment> segments = invitations.stream()
                .map(SegmentCounts::touchModel)
                .distinct()
                .sorted()
                .map(model -> {
                    long segmentSent = invitations.stream()
                            .filter(c -> c.touchModel().equals(model) && sentStatus(c.status()))
                            .mapToLong(SegmentCounts::invitations)
                            .sum();
                    long segmentAnswered = invitations.stream()
                            .filter(c -> c.touchModel().equals(model))
                            .mapToLong(SegmentCounts::answered)
                            .sum();
                    return new SurveyResults.Segment(
                            model,
                            segmentSent,
                            segmentAnswered,
                            SurveyResults.rate(segmentAnswered, segmentSent),
                            ScoreTally.of(kind, segmentScores.getOrDefault(model, Map.of())));
                })
                .toList();
        List<SurveyResults.Week> weeks = histograms(byWeek).entrySet().stream()
                .map(week -> new SurveyResults.Week(week.getKey(), ScoreTally.of(kind, week.getValue())))
                .toList();
        Map<Integer, Long> all = new TreeMap<>();
        bySegment.forEach(count -> all.merge(count.score(), count.answers(), Long::sum));
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
                weeks,
                comments);
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
