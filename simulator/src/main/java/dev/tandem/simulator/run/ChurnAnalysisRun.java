package dev.tandem.simulator.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A churn analysis through health-service's public API, as a cs-admin starts one: it runs in the background, this
 * follows it to the end and reads what it found: the default and the calibrated (suggested) scorecard's AUC on the
 * outcomes neither was fitted on, and the metrics it found telling churned from retained best.
 */
public final class ChurnAnalysisRun {

    private static final Duration POLL_EVERY = Duration.ofSeconds(1);

    private final PlatformClient admin;
    private final Endpoints endpoints;

    public ChurnAnalysisRun(PlatformClient admin, Endpoints endpoints) {
        this.admin = admin;
        this.endpoints = endpoints;
    }

    /**
     * What an analysis found.
     *
     * @param defaultAuc the scorecard in force (the default DEAR), backtested on the newer outcomes
     * @param calibratedAuc the suggested scorecard on the same outcomes
     * @param strongest the candidate metrics, strongest first
     * @param suggested the suggested scorecard's metrics, heaviest first
     * @param took from the analysis' start to its result, as its caller saw it
     */
    public record Verdict(
            int outcomes,
            int churned,
            int testedOn,
            Double defaultAuc,
            Double calibratedAuc,
            List<String> strongest,
            List<String> suggested,
            Duration took,
            JsonNode analysis) {

        public List<String> lines() {
            return List.of(
                    String.format(
                            "Churn analysis of %,d outcomes (%,d churned) in %.1f s, backtested on the newer %,d:",
                            outcomes, churned, took.toMillis() / 1000.0, testedOn),
                    String.format("  AUC of the default scorecard     %s", format(defaultAuc)),
                    String.format("  AUC of the calibrated scorecard  %s", format(calibratedAuc)),
                    "  strongest metrics: " + String.join(", ", strongest.subList(0, Math.min(5, strongest.size()))),
                    "  calibrated scorecard's measures, heaviest first: " + String.join(", ", suggested));
        }

        private static String format(Double auc) {
            return auc == null ? "n/a" : String.format("%.3f", auc);
        }
    }

    /** Starts an analysis with the API's defaults and waits up to {@code timeout} for its result. */
    public Verdict run(Duration timeout) {
        URI analyses = endpoints.health().resolve("/api/v1/churn-analyses");
        Instant started = Instant.now();
        JsonNode job = admin.post(analyses, Map.of());
        URI self = analyses.resolve("/api/v1/churn-analyses/" + job.path("id").asText());
        Instant deadline = Instant.now().plus(timeout);
        while (!job.path("status").asText().equals("COMPLETED")) {
            if (job.path("status").asText().equals("FAILED") || Instant.now().isAfter(deadline)) {
                throw new PlatformException("The churn analysis did not complete: " + job);
            }
            pause();
            job = admin.get(self);
        }
        return verdict(job, Duration.between(started, Instant.now()));
    }

    static Verdict verdict(JsonNode job, Duration took) {
        JsonNode result = job.path("result");
        List<JsonNode> findings = new ArrayList<>();
        result.path("findings").forEach(findings::add);
        findings.sort(
                Comparator.comparingDouble((JsonNode f) -> f.path("strength").asDouble())
                        .reversed());
        List<JsonNode> measures = new ArrayList<>();
        for (JsonNode group : result.path("suggestion").path("groups")) {
            for (JsonNode measure : group.path("measures")) {
                if (measure.hasNonNull("metric") && measure.path("weight").asDouble() > 0) {
                    measures.add(measure);
                }
            }
        }
        measures.sort(
                Comparator.comparingDouble((JsonNode m) -> m.path("weight").asDouble())
                        .reversed());
        return new Verdict(
                result.path("outcomes").asInt(),
                result.path("churned").asInt(),
                result.path("testedOn").asInt(),
                auc(result.path("current")),
                auc(result.path("suggested")),
                findings.stream().map(f -> f.path("metric").asText()).toList(),
                measures.stream().map(m -> m.path("metric").asText()).toList(),
                took,
                job);
    }

    private static Double auc(JsonNode backtest) {
        return backtest.path("auc").isNumber() ? backtest.path("auc").asDouble() : null;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while waiting for the churn analysis", e);
        }
    }
}
