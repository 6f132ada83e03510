package dev.tandem.cta.email.domain;

import dev.tandem.platform.security.TokenBucket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request budget per client address: {@code perMinute} requests, refilled evenly. The map of addresses is emptied
 * when it passes {@code maxClients}, which bounds its memory and at worst gives a flood a fresh allowance.
 */
public final class ClientLimits {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final int maxClients;

    public ClientLimits(int perMinute, int maxClients) {
        this.perMinute = perMinute;
        this.maxClients = maxClients;
    }

    /** Empty when {@code client} may go ahead, else how long until it may. */
    public Optional<Duration> take(String client, Instant now) {
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(perMinute, perMinute / 60.0, now))
                .take(now);
    }
}
