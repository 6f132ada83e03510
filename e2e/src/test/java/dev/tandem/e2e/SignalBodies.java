package dev.tandem.e2e;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One signal as an integrator posts it to health-service, with a fresh event id. */
final class SignalBodies {

    private SignalBodies() {}

    /** {@code name} and {@code value} are left out of the body when null. */
    static Map<String, Object> signal(String account, String type, String user, String name, Instant at, Double value) {
        Map<String, Object> signal = new LinkedHashMap<>();
        signal.put("eventId", UUID.randomUUID().toString());
        signal.put("accountId", account);
        signal.put("userId", user);
        signal.put("type", type);
        if (name != null) {
            signal.put("name", name);
        }
        signal.put("occurredAt", at.toString());
        if (value != null) {
            signal.put("value", value);
        }
        return signal;
    }
}
