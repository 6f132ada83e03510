package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * health-service killed with SIGKILL in the middle of a stream it both takes in (its REST ingest) and counts (its
 * consumer of {@code signals.raw}): an integrator sends 20,000 signals for 20 accounts, a tenth of them a second time,
 * and keeps every batch until it is accepted. Once health-service is back, each account shows exactly the signals
 * sent for it: none lost with the dying process, none counted twice after the redelivery and the integrator's retries.
 */
class HealthServiceCrashIT {

    private static final int ACCOUNTS = 20;
    private static final int SIGNALS_PER_ACCOUNT = 1_000;
    private static final int DUPLICATES = 2_000;
    private static final int BATCH = 500;
    /**
     * 1,250 signals a second at most: the stream lasts about 18 s, long enough to be cut whatever the machine's speed
     * (at 200 ms a batch, a loaded machine's count before the kill took as long as the rest of the stream).
     */
    private static final Duration PACE = Duration.ofMillis(400);

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> ACCOUNT_IDS = IntStream.rangeClosed(1, ACCOUNTS)
            .mapToObj(i -> "crash-" + RUN + "-" + i)
            .toList();

    private static ExecutorService integrator;
    private static SignalSender sender;
    private static int batches;
    private static int acceptedAtKill;
    private static long countedBeforeKill;
    private static Map<String, Long> counted;

    @BeforeAll
    static void killHealthServiceMidStream() throws Exception {
        LocalStack stack = LocalStack.shared();
        ActivityCounts activity = new ActivityCounts(stack);
        Credentials credentials = Credentials.localStack();
        TokenSource tokens = TokenSource.clientCredentials(
                PlatformClient.newHttpClient(),
                stack.endpoints().tokenEndpoint(),
                credentials.integratorClient(),
                credentials.integratorSecret());
        sender = new SignalSender(
                PlatformClient.newHttpClient(), tokens, stack.endpoints().health(), PATIENCE);
        List<List<Map<String, Object>>> stream = SignalStream.of("crash-" + RUN, ACCOUNT_IDS, SIGNALS_PER_ACCOUNT)
                .batches(BATCH, DUPLICATES, 23);
        batches = stream.size();

        integrator = Executors.newSingleThreadExecutor();
        Future<?> sending = integrator.submit(() -> sender.sendAll(stream, PACE));
        // A third of the batches in: the integrator is still sending and the consumer still counting.
        Eventually.poll(PATIENCE, sender::accepted, accepted -> accepted >= batches / 3 || sending.isDone());
        countedBeforeKill = activity.total(ACCOUNT_IDS);
        acceptedAtKill = sender.accepted();
        stack.kill("health-service");
        Duration restart = stack.restart("health-service");
        sending.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        counted = activity.settled(ACCOUNT_IDS, SIGNALS_PER_ACCOUNT, PATIENCE);

        System.out.printf(
                "HealthServiceCrashIT: killed with %d of %d batches accepted and %d of %d signals counted;"
                        + " restarted in %.1f s; integrator: %s; counted after: %d%n",
                acceptedAtKill,
                batches,
                countedBeforeKill,
                ACCOUNTS * SIGNALS_PER_ACCOUNT,
                restart.toMillis() / 1000.0,
                sender,
                counted.values().stream().mapToLong(Long::longValue).sum());
    }

    @AfterAll
    static void stopIntegrator() {
        if (integrator != null) {
            integrator.shutdownNow();
        }
    }

    @Test
    void every_signal_sent_is_counted_exactly_once_after_the_crash() {
        assertThat(counted)
                .as(
                        "signals counted per account, %d sent for each (%d sendings with the duplicates)",
                        SIGNALS_PER_ACCOUNT, ACCOUNTS * SIGNALS_PER_ACCOUNT + DUPLICATES)
                .hasSize(ACCOUNTS)
                .allSatisfy((account, count) -> assertThat(count).as(account).isEqualTo(SIGNALS_PER_ACCOUNT));
    }

    @Test
    void the_crash_came_mid_stream_and_the_integrator_had_to_retry() {
        assertThat(acceptedAtKill)
                .as("batches accepted when health-service was killed")
                .isBetween(1, batches - 1);
        assertThat(countedBeforeKill)
                .as("signals counted just before the kill")
                .isLessThan((long) ACCOUNTS * SIGNALS_PER_ACCOUNT);
        assertThat(sender.noAnswer())
                .as("attempts that found health-service gone")
                .isPositive();
        assertThat(sender.accepted()).isEqualTo(batches);
    }
}
