package dev.tandem.platform.directory;

import dev.tandem.platform.problem.UnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The cache policy of the team directory, free of any framework: a read is served for {@code ttl} without asking the
 * source; after that, the next caller starts one refresh in the background (one at a time, however many callers) and
 * is served the older read meanwhile. While the source fails, a read is served until it is {@code maxStale} old, and
 * the source is left alone for {@code retryAfter} after each failure, so an outage of the identity provider does not
 * turn every request into a wait for a timeout. Only when there is nothing to serve does a caller wait for the
 * refresh, and fail with {@link UnavailableException} when it fails.
 */
public final class DirectoryCache {

    /**
     * @param ttl how long a read is served without asking the source again
     * @param maxStale how long a read may still be served while the source cannot be read
     * @param retryAfter how long the source is left alone after a failed read
     */
    public record Policy(Duration ttl, Duration maxStale, Duration retryAfter) {

        public Policy {
            if (ttl.isNegative() || maxStale.compareTo(ttl) < 0 || retryAfter.isNegative()) {
                throw new IllegalArgumentException("a directory cache needs 0 <= ttl <= maxStale and retryAfter >= 0");
            }
        }
    }

    private record Snapshot(List<Person> people, Instant readAt) {}

    private final PeopleSource source;
    private final Policy policy;
    private final Clock clock;

    private Snapshot current;
    private CompletableFuture<List<Person>> refreshing;
    private Instant failedAt;

    public DirectoryCache(PeopleSource source, Policy policy, Clock clock) {
        this.source = source;
        this.policy = policy;
        this.clock = clock;
    }

    /** Everyone in the directory, as fresh as the policy allows; fails with {@link UnavailableException}. */
    public synchronized CompletionStage<List<Person>> people() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.readAt().plus(policy.ttl()))) {
            return CompletableFuture.completedFuture(current.people());
        }
        boolean resting = failedAt != null && now.isBefore(failedAt.plus(policy.retryAfter()));
        CompletableFuture<List<Person>> refresh = refreshing;
        if (refresh == null && !resting) {
            refresh = refresh();
        }
        if (current != null && now.isBefore(current.readAt().plus(policy.maxStale()))) {
            return CompletableFuture.completedFuture(current.people());
        }
        if (refresh != null) {
            return refresh;
        }
        return CompletableFuture.failedFuture(unavailable(null));
    }

    private CompletableFuture<List<Person>> refresh() {
        CompletableFuture<List<Person>> started = new CompletableFuture<>();
        refreshing = started;
        CompletionStage<List<Person>> read;
        try {
            read = source.fetch();
        } catch (RuntimeException e) {
            read = CompletableFuture.failedFuture(e);
        }
        read.whenComplete((people, error) -> settle(started, people, error));
        return started;
    }

    private void settle(CompletableFuture<List<Person>> started, List<Person> people, Throwable error) {
        synchronized (this) {
            if (refreshing == started) {
                refreshing = null;
            }
            if (error == null) {
                current = new Snapshot(List.copyOf(people), clock.instant());
                failedAt = null;
            } else {
                failedAt = clock.instant();
            }
        }
        if (error == null) {
            started.complete(List.copyOf(people));
        } else {
            started.completeExceptionally(unavailable(error));
        }
    }

    private UnavailableException unavailable(Throwable cause) {
        return new UnavailableException(
                "the team directory cannot be read from the identity provider right now",
                Math.max(1, policy.retryAfter().toSeconds()),
                cause);
    }
}
