package dev.tandem.e2e;

import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import dev.tandem.simulator.run.PlatformView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signals health-service has counted for each account, read through its activity API as a cs-admin would: the
 * number a fault-injection suite holds against what was sent.
 */
final class ActivityCounts {

    private static final int DAYS = 30;

    private final PlatformView view;
    private final ConsumerLag lag;

    ActivityCounts(LocalStack stack) {
        Endpoints endpoints = stack.endpoints();
        Credentials credentials = Credentials.localStack();
        TokenSource admin = TokenSource.password(
                PlatformClient.newHttpClient(),
                endpoints.tokenEndpoint(),
                credentials.userClient(),
                credentials.adminUser(),
                credentials.adminPassword());
        this.view = new PlatformView(new PlatformClient(PlatformClient.newHttpClient(), admin), endpoints);
        this.lag = new ConsumerLag(stack.kafkaBootstrapServers());
    }

    /** Each account's count now, by account. */
    Map<String, Long> of(List<String> accounts) {
        Map<String, Long> counts = new TreeMap<>();
        accounts.forEach(account -> counts.put(account, view.signalsCounted(account, DAYS)));
        return counts;
    }

    long total(List<String> accounts) {
        return of(accounts).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The counts once they stopped moving: waits until every account shows {@code expected} and every consumer group
     * has caught up with the broker, then reads them again, so that a signal counted twice shows as one too many
     * rather than being missed by reading too early.
     */
    Map<String, Long> settled(List<String> accounts, long expected, Duration patience) {
        Eventually.poll(
                patience, () -> of(accounts), counts -> counts.values().stream().allMatch(n -> n >= expected));
        lag.awaitCaughtUp(patience);
        return of(accounts);
    }
}
