package dev.tandem.health.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.health.analysis.domain.AnalysisParameters;
import dev.tandem.health.analysis.domain.ChurnAnalysisJob;
import dev.tandem.health.analysis.repository.ChurnAnalysisRepository;
import dev.tandem.health.analysis.repository.OutcomeReader;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.UnprocessableException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Starts churn analyses: checks what was asked against the scorecard and the outcomes there are, then queues the
 * analysis for {@link ChurnAnalysisWorker}. Too few outcomes to learn anything from is refused up front, saying how
 * many there are.
 */
@ApplicationScoped
public class ChurnAnalysisService {

    /** Fewer churned, or fewer retained, outcomes than this and an analysis would learn noise. */
    public static final int FEWEST_OF_EACH = 30;

    private final ChurnAnalysisRepository analyses;
    private final OutcomeReader outcomes;
    private final ScorecardService scorecards;
    private final ObjectMapper json;
    private final Clock clock;

    public ChurnAnalysisService(
            ChurnAnalysisRepository analyses,
            OutcomeReader outcomes,
            ScorecardService scorecards,
            ObjectMapper json,
            Clock clock) {
        this.analyses = analyses;
        this.outcomes = outcomes;
        this.scorecards = scorecards;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the analysis; {@code parameters} may leave the scorecard out, which means the default health one. */
    public Uni<ChurnAnalysisJob> start(AnalysisParameters parameters, String caller) {
        return scorecard(parameters.scorecardId()).chain(scorecard -> {
            checkPins(parameters, scorecard);
            AnalysisParameters resolved = new AnalysisParameters(
                    scorecard.id(),
                    parameters.from(),
                    parameters.to(),
                    parameters.horizonDays(),
                    parameters.windowDays(),
                    parameters.manualWeight(),
                    parameters.pinned());
            return Panache.withTransaction(() -> outcomes.count(parameters.from(), parameters.to())
                    .chain(counts -> {
                        if (counts.churned() < FEWEST_OF_EACH || counts.retained() < FEWEST_OF_EACH) {
                            throw new UnprocessableException(("Too few outcomes between %s and %s to analyse: %d"
                                            + " churned and %d retained; at least %d of each are needed.")
                                    .formatted(
                                            parameters.from(),
                                            parameters.to(),
                                            counts.churned(),
                                            counts.retained(),
                                            FEWEST_OF_EACH));
                        }
                        return analyses.enqueue(write(resolved), caller, clock.instant());
                    }));
        });
    }

    private Uni<ConfiguredScorecard> scorecard(UUID id) {
        if (id != null) {
            return scorecards.get(id).invoke(scorecard -> {
                if (scorecard.purpose() != ScorecardPurpose.HEALTH) {
                    throw new InvalidInputException(
                            "scorecardId",
                            "is a " + scorecard.purpose() + " scorecard; churn analysis designs health scorecards");
                }
            });
        }
        return scorecards
                .list(ScorecardPurpose.HEALTH)
                .map(all -> all.stream()
                        .filter(ConfiguredScorecard::isDefault)
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(
                                "scorecardId", "is required: there is no default health scorecard")));
    }

    private static void checkPins(AnalysisParameters parameters, ConfiguredScorecard scorecard) {
        Set<String> pinnable = scorecard
                .definition()
                .measures()
                .filter(measure -> !measure.isManual())
                .map(MeasureDefinition::key)
                .collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < parameters.pinned().size(); i++) {
            String key = parameters.pinned().get(i).measureKey();
            if (!pinnable.contains(key)) {
                errors.add(new FieldError(
                        "pinned[" + i + "].measureKey",
                        "is not a measure of scorecard " + scorecard.id() + " with a metric; one of "
                                + pinnable.stream().sorted().toList()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private String write(AnalysisParameters parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Analysis parameters cannot be written", e);
        }
    }
}
