package dev.tandem.account.imports;

import dev.tandem.platform.profile.Stage;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import jdk.jfr.consumer.RecordingStream;

/**
 * The import's {@link Stage}s as the service in this JVM records them, heard through a JFR recording stream, and added
 * up per stage over the time a set of jobs ran: where a chunk's time goes, printed by a benchmark.
 */
final class StageTimes implements AutoCloseable {

    private record Timed(String stage, Instant start, Duration duration) {}

    private final RecordingStream stream = new RecordingStream();
    private final ConcurrentLinkedQueue<Timed> heard = new ConcurrentLinkedQueue<>();

    private StageTimes() {
        stream.enable(Stage.NAME);
        stream.onEvent(
                Stage.NAME,
                event -> heard.add(new Timed(event.getString(Stage.FIELD), event.getStartTime(), event.getDuration())));
        stream.startAsync();
    }

    static StageTimes listen() {
        return new StageTimes();
    }

    /**
     * Prints, for the stages that began while {@code jobs} ran, the time each took in all, its share of the chunks'
     * time and its time per row. Call once the stream has had time to deliver them (a second or so after the jobs).
     */
    void print(PrintStream out, String kind, List<String> jobs, int rows) {
        Instant from = started(jobs);
        Instant to = finished(jobs);
        Map<String, Duration> byStage = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Timed timed : heard) {
            if (!timed.start().isBefore(from) && !timed.start().isAfter(to)) {
                byStage.merge(timed.stage(), timed.duration(), Duration::plus);
                counts.merge(timed.stage(), 1, Integer::sum);
            }
        }
        Duration chunks = byStage.getOrDefault("chunk", Duration.ZERO);
        out.printf(
                "--- %s: where the time goes (%d chunks, %.1f s in them, %.1f s from the job's start to its end)%n",
                kind, counts.getOrDefault("chunk", 0), seconds(chunks), seconds(Duration.between(from, to)));
        byStage.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                .forEach(stage -> out.printf(
                        "  %-44s %8.2f s %5.1f %% %8.1f µs/row%n",
                        stage.getKey(),
                        seconds(stage.getValue()),
                        chunks.isZero() ? 0 : 100 * seconds(stage.getValue()) / seconds(chunks),
                        stage.getValue().toNanos() / 1e3 / rows));
        out.println();
    }

    /** From the first of {@code jobs}' start to the last one's end, as the jobs record them. */
    static Duration worked(List<String> jobs) {
        return Duration.between(started(jobs), finished(jobs));
    }

    private static Instant started(List<String> jobs) {
        return jobs.stream()
                .map(job -> instant(job, "startedAt"))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private static Instant finished(List<String> jobs) {
        return jobs.stream()
                .map(job -> instant(job, "finishedAt"))
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    @Override
    public void close() {
        stream.close();
    }

    private static Instant instant(String job, String field) {
        return Instant.parse(Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/imports/{id}", job)
                .then()
                .extract()
                .<String>path(field));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
