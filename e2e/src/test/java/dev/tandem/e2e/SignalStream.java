package dev.tandem.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A product-analytics feed as an integrator sends it: logins and feature uses of a few people per account over the
 * last weeks, the accounts interleaved, with a share of the signals sent a second time later on (what a feed that
 * re-sends after a timeout does). Seeded, so a run can be repeated exactly.
 */
final class SignalStream {

    private static final int PEOPLE_PER_ACCOUNT = 8;
    private static final int DAYS = 20;

    private final List<Map<String, Object>> signals;

    private SignalStream(List<Map<String, Object>> signals) {
        this.signals = signals;
    }

    /** {@code perAccount} distinct signals for each of {@code accounts}, round-robin over the accounts. */
    static SignalStream of(String prefix, List<String> accounts, int perAccount) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.MINUTES);
        List<Map<String, Object>> signals = new ArrayList<>();
        for (int n = 0; n < perAccount; n++) {
            for (String account : accounts) {
                Map<String, Object> signal = new LinkedHashMap<>();
                signal.put("eventId", prefix + "-" + account + "-" + n);
                signal.put("accountId", account);
                signal.put("userId", account + "-person-" + n % PEOPLE_PER_ACCOUNT);
                if (n % 3 == 0) {
                    signal.put("type", "login");
                } else {
                    signal.put("type", "feature_used");
                    signal.put("name", "feature-" + n % 5);
                }
                signal.put("occurredAt", now.minus(n % DAYS, ChronoUnit.DAYS).minusSeconds(n));
                signals.add(signal);
            }
        }
        return new SignalStream(signals);
    }

    int distinct() {
        return signals.size();
    }

    /**
     * The stream in batches of {@code size}, with {@code duplicates} of its signals sent once more, each at a random
     * place after its first sending (in the same batch or a later one).
     */
    List<List<Map<String, Object>>> batches(int size, int duplicates, long seed) {
        Random random = new Random(seed);
        record Sending(double at, Map<String, Object> signal) {}
        List<Sending> sendings = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            sendings.add(new Sending(i, signals.get(i)));
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, random);
        for (int original : indices.subList(0, duplicates)) {
            double at = original + 0.5 + random.nextDouble() * (signals.size() - original - 1);
            sendings.add(new Sending(at, signals.get(original)));
        }
        sendings.sort(Comparator.comparingDouble(Sending::at));
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int from = 0; from < sendings.size(); from += size) {
            batches.add(sendings.subList(from, Math.min(from + size, sendings.size())).stream()
                    .map(Sending::signal)
                    .toList());
        }
        return batches;
    }
}
