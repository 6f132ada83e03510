package dev.tandem.cta.rule.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Which signals a {@link TriggerKind#SIGNAL_MATCHED} rule reacts to. Unset parts match anything; {@code properties}
 * must all be present with equal values (compared as text).
 *
 * @param type a signal type's wire name, e.g. {@code nps_response}
 */
public record SignalFilter(String type, String name, Double minValue, Double maxValue, Map<String, String> properties) {

    public SignalFilter {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public boolean matches(Observation.SignalObserved signal) {
        if (type != null && !type.equals(signal.type())) {
            return false;
        }
        if (name != null && !name.equals(signal.name())) {
            return false;
        }
        if (minValue != null && (signal.value() == null || signal.value() < minValue)) {
            return false;
        }
        if (maxValue != null && (signal.value() == null || signal.value() > maxValue)) {
            return false;
        }
        for (var wanted : properties.entrySet()) {
            Object actual = signal.properties().get(wanted.getKey());
            if (actual == null || !Objects.equals(wanted.getValue(), String.valueOf(actual))) {
                return false;
            }
        }
        return true;
    }
}
