package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.simulator.model.AccountTruth;
import dev.tandem.simulator.model.ChurnLinks;
import dev.tandem.simulator.model.SimulationSettings;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.ChurnAnalysisRun;
import dev.tandem.simulator.run.Credentials;
import dev.tandem.simulator.run.SimulatorRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A simulated company whose truth is not circular (churn decided at renewal from product use; tickets, clicks,
 * webinars and ROI reports linked otherwise or not at all) brings 13 months of history the way a vendor does, and a
 * churn analysis through the public API finds what drives churn: its calibrated scorecard tells churned from retained
 * clearly better than the default DEAR scorecard, which nobody tuned to this company.
 */
class ChurnAnalysisIT {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Test
    void the_calibrated_scorecard_beats_the_default_one_and_the_analysis_names_what_drives_churn() {
        Endpoints endpoints = LocalStack.shared().endpoints();
        // Paying accounts only (free ones have no renewals), over 400 days: most renew or leave once in them.
        SimulationSettings settings = new SimulationSettings(29, 500, 400, 0.0, 0.5, "ca", Instant.now());
        SimulatorRun run = new SimulatorRun(settings, endpoints, Credentials.localStack(), System.out);
        run.configure();
        List<AccountTruth> truth =
                run.backfill(Path.of("target/churn-analysis-truth.csv")).truth();
        long churned = truth.stream().filter(AccountTruth::contractEnded).count();
        // The outcomes reach health-service through account.events: analyse once every record is consumed.
        long lag = new ConsumerLag(LocalStack.shared().kafkaBootstrapServers()).awaitCaughtUp(PATIENCE);
        assertThat(lag).as("records the services have not consumed").isZero();
        ChurnAnalysisRun.Verdict verdict = new ChurnAnalysisRun(admin(endpoints), endpoints).run(PATIENCE);
        System.out.printf("The simulator ended %,d contracts at renewal.%n", churned);
        verdict.lines().forEach(System.out::println);
        // Every churn arrived (other suites on the same stack may add theirs).
        assertThat(verdict.churned())
                .as("churned outcomes the analysis learned from")
                .isGreaterThanOrEqualTo((int) churned);

        assertThat(verdict.calibratedAuc())
                .as("the calibrated scorecard's held-out AUC against the default's, %s", verdict.defaultAuc())
                .isGreaterThanOrEqualTo(verdict.defaultAuc() + 0.05);
        Set<String> strong = ChurnLinks.strong();
        assertThat(verdict.strongest().get(0)).as("the strongest metric").isIn(strong);
        assertThat(verdict.strongest().subList(0, 3))
                .as("the three strongest metrics")
                .containsAll(strong);
        assertThat(verdict.suggested())
                .as("the calibrated scorecard's measures")
                .containsAll(strong);
    }

    private static PlatformClient admin(Endpoints endpoints) {
        Credentials credentials = Credentials.localStack();
        return new PlatformClient(
                PlatformClient.newHttpClient(),
                TokenSource.password(
                        PlatformClient.newHttpClient(),
                        endpoints.tokenEndpoint(),
                        credentials.userClient(),
                        credentials.adminUser(),
                        credentials.adminPassword()));
    }
}
