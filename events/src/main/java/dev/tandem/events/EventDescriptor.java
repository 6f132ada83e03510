package dev.tandem.events;

import java.util.Objects;

/**
 * What the catalog knows about one event type: its CloudEvents {@code type} and {@code source}, the topic it is
 * published on and the record carried as {@code data}.
 */
public record EventDescriptor(String type, String topic, String source, Class<? extends TandemEvent> dataClass) {

    private static final String SAMPLES = "/dev/tandem/events/samples/";

    public EventDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataClass, "dataClass");
    }

    /** Classpath location of the sample envelope of this type, for {@code Class.getResourceAsStream}. */
    public String sampleResource() {
        return SAMPLES + type + ".json";
    }
}
