package dev.tandem.events;

/** Kafka topic names, one per producing area, plus the dead-letter naming rule shared by every consumer. */
public final class Topics {

    public static final String ACCOUNT_EVENTS = "account.events";
    public static final String SIGNALS_RAW = "signals.raw";
    public static final String HEALTH_EVENTS = "health.events";
    public static final String CTA_EVENTS = "cta.events";
    public static final String CONTENT_EVENTS = "content.events";

    private Topics() {}

    /** The dead-letter topic of {@code topic}: where a consumer parks a message it cannot process. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
