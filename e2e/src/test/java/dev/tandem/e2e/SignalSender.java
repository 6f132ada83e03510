package dev.tandem.e2e;

import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A careful integrator's REST client for signals: it keeps a batch until health-service accepts it (202), waiting the
 * Retry-After of a 503 or 429, or a short pause when there is no answer at all (the service is down or died mid-request).
 * A batch retried after a lost answer may already have been taken: that is a duplicate the platform must count once.
 *
 * <p>Every answer is counted, so a test can say what the integrator went through.
 */
final class SignalSender {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NO_ANSWER_PAUSE = Duration.ofMillis(500);

    private final HttpClient http;
    private final TokenSource tokens;
    private final URI ingest;
    private final Duration patience;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger noAnswer = new AtomicInteger();
    private final Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final Set<String> retryAfters = ConcurrentHashMap.newKeySet();

    /** @param patience how long one batch may keep being retried before the test fails */
    SignalSender(HttpClient http, TokenSource tokens, URI health, Duration patience) {
        this.http = http;
        this.tokens = tokens;
        this.ingest = health.resolve("/api/v1/signals");
        this.patience = patience;
    }

    /** Sends {@code signals} as one batch, again and again until it is accepted. */
    void send(List<Map<String, Object>> signals) {
        String body = json(Map.of("signals", signals));
        long deadline = System.nanoTime() + patience.toNanos();
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                retried.incrementAndGet();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("A batch was not accepted within " + patience + ": " + this);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request(body), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                noAnswer.incrementAndGet();
                pause(NO_ANSWER_PAUSE);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            int status = response.statusCode();
            if (status == 202) {
                accepted.incrementAndGet();
                return;
            }
            if (status != 503 && status != 429) {
                throw new IllegalStateException("A batch was refused for good (" + status + "): " + response.body());
            }
            refused.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
            String retryAfter = response.headers().firstValue("Retry-After").orElse("");
            retryAfters.add(retryAfter);
            pause(retryAfter.matches("\\d{1,3}") ? Duration.ofSeconds(Long.parseLong(retryAfter)) : NO_ANSWER_PAUSE);
        }
    }

    /**
     * Sends {@code batches} one after the other, starting one at most every {@code pace}: a feed that streams over
     * some seconds, as a product's analytics do, rather than in one burst that a fast machine finishes before a fault
     * can be injected into it.
     */
    void sendAll(List<List<Map<String, Object>>> batches, Duration pace) {
        for (List<Map<String, Object>> batch : batches) {
            long next = System.nanoTime() + pace.toNanos();
            send(batch);
            pause(Duration.ofNanos(Math.max(0, next - System.nanoTime())));
        }
    }

    /** Batches accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /** Attempts that were not the first of their batch. */
    int retried() {
        return retried.get();
    }

    /** Attempts that got no answer: refused connections, connections cut by a dying service, time-outs. */
    int noAnswer() {
        return noAnswer.get();
    }

    /** Attempts answered with {@code status} (503 or 429). */
    int refused(int status) {
        AtomicInteger count = refused.get(status);
        return count == null ? 0 : count.get();
    }

    /** The Retry-After values of the refusals; an empty string for a refusal without one. */
    Set<String> retryAfters() {
        return Set.copyOf(retryAfters);
    }

    @Override
    public String toString() {
        return "accepted " + accepted + ", retried " + retried + ", no answer " + noAnswer + ", refused " + refused
                + " with Retry-After " + retryAfters;
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(ingest)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokens.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String json(Object body) {
        try {
            return PlatformClient.json().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
