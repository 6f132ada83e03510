package dev.tandem.health.score.service;

import dev.tandem.health.score.repository.DataCoverage;
import dev.tandem.health.scorecard.domain.GroupDefinition;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.health.scoring.config.ScoringConfig;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which of a scorecard's measures the accounts have data for: which integrations are missing, and for how many. */
@ApplicationScoped
public class CoverageService {

    /**
     * A scorecard's measures with the share of accounts that have data for each, today.
     *
     * @param accounts the accounts account-service announced
     */
    public record Coverage(
            UUID scorecardId, int version, LocalDate day, long accounts, List<MeasureCoverage> measures) {}

    /** @param share of the accounts, 0 to 1, four decimals; 0 when there are none */
    public record MeasureCoverage(
            String group, String key, String name, String metric, long accountsWithData, BigDecimal share) {}

    private final ScorecardService scorecards;
    private final DataCoverage coverage;
    private final ScoringConfig config;
    private final Clock clock;

    public CoverageService(ScorecardService scorecards, DataCoverage coverage, ScoringConfig config, Clock clock) {
        this.scorecards = scorecards;
        this.coverage = coverage;
        this.config = config;
        this.clock = clock;
    }

    @WithSession
    public Uni<Coverage> of(UUID scorecardId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return scorecards
                .get(scorecardId)
                .chain(scorecard -> coverage.accounts().chain(accounts -> {
                    List<MeasureCoverage> measures = new ArrayList<>();
                    // One after another: a reactive session runs one statement at a time.
                    Uni<Void> counting = Uni.createFrom().voidItem();
                    for (GroupDefinition group : scorecard.definition().groups()) {
                        for (MeasureDefinition measure : group.measures()) {
                            counting =
                                    counting.chain(() -> coverage.withData(measure, today, config.sourceLookBackDays())
                                            .invoke(withData -> measures.add(new MeasureCoverage(
                                                    group.key(),
                                                    measure.key(),
                                                    measure.name(),
                                                    measure.metric(),
                                                    withData,
                                                    accounts == 0
                                                            ? BigDecimal.ZERO
                                                            : BigDecimal.valueOf(withData)
                                                                    .divide(
                                                                            BigDecimal.valueOf(accounts),
                                                                            4,
                                                                            RoundingMode.HALF_UP))))
                                            .replaceWithVoid());
                        }
                    }
                    return counting.replaceWith(
                            new Coverage(scorecard.id(), scorecard.version(), today, accounts, measures));
                }));
    }
}
