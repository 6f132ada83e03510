package dev.tandem.health.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.health.analysis.domain.AnalysisParameters;
import dev.tandem.health.analysis.domain.ChurnAnalysis;
import dev.tandem.health.analysis.domain.ChurnAnalysisJob;
import dev.tandem.health.analysis.domain.Observation;
import dev.tandem.health.analysis.repository.ChurnAnalysisRepository;
import dev.tandem.health.analysis.repository.OutcomeReader;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.health.scoring.config.ScoringConfig;
import dev.tandem.platform.jobs.Drain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Works churn analyses, one at a time per replica: reads the training set (reporting progress as it goes), runs the
 * analysis off the event loop, and keeps the result. An analysis whose worker went silent is started again by another
 * replica; one that fails is kept as FAILED with a reason.
 */
@ApplicationScoped
public class ChurnAnalysisWorker {

    private static final Logger LOG = Logger.getLogger(ChurnAnalysisWorker.class);

    /** Progress is written after a day's outcomes once this many more have been read since it was last written. */
    private static final int PROGRESS_EVERY = 2_000;

    private static final List<String> CANDIDATES =
            Metric.keys().stream().sorted().toList();

    private final ChurnAnalysisRepository analyses;
    private final OutcomeReader outcomes;
    private final TrainingSet trainingSet;
    private final ScorecardService scorecards;
    private final ScoringConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public ChurnAnalysisWorker(
            ChurnAnalysisRepository analyses,
            OutcomeReader outcomes,
            TrainingSet trainingSet,
            ScorecardService scorecards,
            ScoringConfig config,
            ObjectMapper json,
            Clock clock) {
        this.analyses = analyses;
        this.outcomes = outcomes;
        this.trainingSet = trainingSet;
        this.scorecards = scorecards;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(
            identity = "churn-analysis",
            every = "${tandem.scores.rescore-poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> work() {
        return Drain.untilDone(this::runNext, ran -> ran).replaceWithVoid();
    }

    private Uni<Boolean> runNext() {
        UUID token = UUID.randomUUID();
        return Panache.withTransaction(() -> analyses.claimNext(token, clock.instant(), config.rescoreTakeOverAfter()))
                .chain(job -> job == null
                        ? Uni.createFrom().item(false)
                        : run(job, token).replaceWith(true));
    }

    private Uni<Void> run(ChurnAnalysisJob job, UUID token) {
        AnalysisParameters parameters = read(job.parameters, AnalysisParameters.class);
        Context context = Vertx.currentContext();
        return scorecards
                .get(parameters.scorecardId())
                .chain(scorecard -> Panache.withSession(() -> outcomes.between(parameters.from(), parameters.to()))
                        .chain(found -> {
                            int[] written = {0};
                            return trainingSet
                                    .read(
                                            found,
                                            parameters.horizonDays(),
                                            CANDIDATES,
                                            parameters.windowDays(),
                                            scorecard.definition(),
                                            done -> {
                                                if (done - written[0] < PROGRESS_EVERY && done < found.size()) {
                                                    return Uni.createFrom().voidItem();
                                                }
                                                written[0] = done;
                                                return Panache.withTransaction(() -> analyses.progress(
                                                                job.id, token, found.size(), done, clock.instant()))
                                                        .replaceWithVoid();
                                            })
                                    .chain(observations -> analyse(observations, scorecard, parameters)
                                            // The analysis ran on a worker thread; the session needs the context back.
                                            .emitOn(command -> context.runOnContext(ignored -> command.run())));
                        }))
                .chain(result ->
                        Panache.withTransaction(() -> analyses.complete(job.id, token, write(result), clock.instant())))
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.errorf(failure, "Churn analysis %s failed", job.id);
                    return Panache.withTransaction(() -> analyses.fail(
                            job.id,
                            token,
                            "The analysis stopped on an error; the service log has the details.",
                            clock.instant()));
                });
    }

    private static Uni<ChurnAnalysis.Result> analyse(
            List<Observation> observations, ConfiguredScorecard scorecard, AnalysisParameters parameters) {
        List<MeasureDefinition> pinned = parameters.pinned().stream()
                .map(pin -> scorecard
                        .definition()
                        .measures()
                        .filter(measure -> measure.key().equals(pin.measureKey()))
                        .findFirst()
                        .map(measure -> new MeasureDefinition(
                                measure.key(),
                                measure.name(),
                                measure.metric(),
                                measure.windowDays(),
                                pin.weight(),
                                measure.scoring(),
                                measure.whenNoData()))
                        .orElseThrow())
                .toList();
        ChurnAnalysis.Settings settings =
                ChurnAnalysis.Settings.standard(parameters.windowDays(), parameters.manualWeight(), pinned);
        return Uni.createFrom()
                .item(() -> ChurnAnalysis.run(observations, scorecard.definition(), CANDIDATES, settings))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An analysis document cannot be written", e);
        }
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored analysis document cannot be read", e);
        }
    }
}
