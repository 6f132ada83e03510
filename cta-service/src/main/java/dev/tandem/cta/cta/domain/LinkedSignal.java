package dev.tandem.cta.cta.domain;

import java.time.Instant;

/** An event that opened a CTA or added to it: the event's id, what it said, and when. */
public record LinkedSignal(String eventId, String summary, Instant occurredAt) {}
