package dev.tandem.gateway.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every caller's {@link Allowance}, per replica; callers with nothing running and a full bucket are forgotten. */
@ApplicationScoped
public class Allowances {

    /** Past this many callers held, idle ones are dropped before a new one is added. */
    private static final int FORGET_IDLE_ABOVE = 10_000;

    private final FairnessConfig config;
    private final Map<String, Allowance> byCaller = new ConcurrentHashMap<>();

    public Allowances(FairnessConfig config) {
        this.config = config;
    }

    public long maxRowsPerRequest() {
        return config.maxRowsPerRequest();
    }

    Optional<Allowance.Refusal> admit(String caller, long rows) {
        long now = System.nanoTime();
        if (byCaller.size() > FORGET_IDLE_ABOVE) {
            byCaller.values().removeIf(allowance -> allowance.idle(now));
        }
        return byCaller.computeIfAbsent(
                        caller,
                        key -> new Allowance(
                                config.burstRows(), config.rowsPerSecond(), config.maxConcurrentPerCaller(), now))
                .admit(rows, now);
    }

    void finished(String caller) {
        Allowance allowance = byCaller.get(caller);
        if (allowance != null) {
            allowance.finished();
        }
    }
}
