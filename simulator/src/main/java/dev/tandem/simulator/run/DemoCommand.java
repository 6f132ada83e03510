package dev.tandem.simulator.run;

import dev.tandem.simulator.model.SimulationSettings;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code ./tandem demo}: a simulated company against the running stack. Configures it, backfills the history, then
 * optionally judges the scores against the ground truth and keeps live signals flowing.
 */
public final class DemoCommand {

    /**
     * @param rate live signals a second after the backfill; 0 for none
     * @param seconds how long the live signals flow
     * @param judge wait until the platform counted every signal, then print the scores against the ground truth, and
     *     the default and the calibrated scorecard's AUC from a churn analysis
     */
    public record Options(int accounts, int days, long seed, int rate, long seconds, Path truthFile, boolean judge) {

        public static final String USAGE =
                "demo [--accounts N (500)] [--days D (90, at most 1,095; days before the last 90 go as daily metric rows)] [--seed S (42)]"
                        + " [--rate R signals/s after the backfill (0)] [--seconds S of live signals (until Ctrl-C)]"
                        + " [--truth FILE (.tandem/demo/ground-truth.csv)] [--judge]";

        /** The defaults: the demo company of a first {@code ./tandem up}. */
        public static Options demo(Path truthFile) {
            SimulationSettings demo = SimulationSettings.demo(Instant.now());
            return new Options(demo.accounts(), demo.days(), demo.seed(), 0, 0, truthFile, false);
        }

        /** @throws IllegalArgumentException naming the option that is wrong and why */
        public static Options parse(List<String> arguments, Path defaultTruthFile) {
            Options options = demo(defaultTruthFile);
            int accounts = options.accounts();
            int days = options.days();
            long seed = options.seed();
            int rate = 0;
            long seconds = Long.MAX_VALUE / 1_000_000_000L;
            Path truth = defaultTruthFile;
            boolean judge = false;
            for (int i = 0; i < arguments.size(); i++) {
                String option = arguments.get(i);
                if (option.equals("--judge")) {
                    judge = true;
                    continue;
                }
                if (i + 1 >= arguments.size()) {
                    throw new IllegalArgumentException("'" + option + "' needs a value. Usage: " + USAGE);
                }
                String value = arguments.get(++i);
                switch (option) {
                    case "--accounts" -> accounts = number(option, value, 1, SimulationSettings.MAX_ACCOUNTS);
                    case "--days" -> days = number(option, value, 1, SimulationSettings.MAX_DAYS);
                    case "--seed" -> seed = number(option, value, 0, Integer.MAX_VALUE);
                    case "--rate" -> rate = number(option, value, 0, 100_000);
                    case "--seconds" -> seconds = number(option, value, 1, Integer.MAX_VALUE);
                    case "--truth" -> truth = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option '" + option + "'. Usage: " + USAGE);
                }
            }
            return new Options(accounts, days, seed, rate, seconds, truth, judge);
        }

        private static int number(String option, String value, int min, int max) {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Reported below with the range.
            }
            throw new IllegalArgumentException(
                    option + " must be a whole number from " + min + " to " + max + ", not '" + value + "'.");
        }
    }

    private DemoCommand() {}

    /**
     * Runs a churn analysis and prints the default and the calibrated scorecard's AUC on the outcomes neither was
     * fitted on; with too few outcomes (a short run) it says how many there are and how to bring more.
     */
    private static void judgeCalibration(Endpoints endpoints, Credentials credentials, PrintStream out) {
        HttpClient http = PlatformClient.newHttpClient();
        PlatformClient admin = new PlatformClient(http, credentials.admin(http, endpoints));
        try {
            new ChurnAnalysisRun(admin, endpoints)
                    .run(Duration.ofMinutes(10))
                    .lines()
                    .forEach(out::println);
        } catch (PlatformException e) {
            if (e.status() != 422) {
                throw e;
            }
            out.println("No churn analysis yet: " + e.getMessage());
            out.println("Bring more history for renewals to fall in it, e.g. --days 450.");
        }
    }

    public static SimulatorRun.BackfillResult run(
            Options options, Endpoints endpoints, Credentials credentials, PrintStream out) {
        SimulationSettings demo = SimulationSettings.demo(Instant.now());
        SimulationSettings settings = new SimulationSettings(
                options.seed(),
                options.accounts(),
                options.days(),
                demo.freeShare(),
                demo.viralK(),
                // Another seed is another company: its own ids, so it never overwrites the demo company's accounts.
                options.seed() == demo.seed() ? demo.idPrefix() : demo.idPrefix() + options.seed(),
                demo.now());
        SimulatorRun run = new SimulatorRun(settings, endpoints, credentials, out);
        run.configure();
        SimulatorRun.BackfillResult result = run.backfill(options.truthFile());
        if (options.judge()) {
            Map<String, long[]> incomplete = run.awaitCounted(result.truth(), Duration.ofMinutes(10));
            out.printf(
                    "The platform counted every signal of %,d of %,d accounts.%n",
                    result.truth().size() - incomplete.size(), result.truth().size());
            run.judge(result.truth()).lines().forEach(out::println);
            judgeCalibration(endpoints, credentials, out);
        }
        if (options.rate() > 0) {
            out.printf("Sending %,d live signals a second; Ctrl-C stops.%n", options.rate());
            run.live(options.rate(), Duration.ofSeconds(options.seconds()));
        }
        return result;
    }
}
