package dev.tandem.simulator.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The ground truth of one account after a run: what was really going on, how it ends, and what the simulator sent.
 *
 * @param contractEnded whether its contract ended during the simulated days (a churn the platform has seen)
 * @param signalsByType signals sent, by the API's type name
 * @param historyByType what the days before the signals' window did, by signal type: reported as daily metric rows
 */
public record AccountTruth(
        String accountId,
        HiddenState state,
        Outcome outcome,
        boolean startsFree,
        BigDecimal arr,
        int seats,
        int users,
        boolean contractEnded,
        Map<String, Long> signalsByType,
        Map<String, Long> historyByType) {

    public long signals() {
        return signalsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether the account churns, whether or not its renewal fell within the simulated days. */
    public boolean churns() {
        return outcome.isChurn();
    }
}
