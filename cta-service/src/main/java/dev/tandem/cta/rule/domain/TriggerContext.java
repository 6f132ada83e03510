package dev.tandem.cta.rule.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What set a rule evaluation off.
 *
 * @param key unique per trigger: the event id, or the renewal date for the scheduler; a rule fires once per key
 * @param summary a line a person can read on the CTA ("nps_response 3")
 * @param userId the end user the trigger concerns, for tech-touch messages; null for the account as a whole
 * @param eventDate the day of the event a CTA prepares (the renewal date), which it is due by; null for none
 */
public record TriggerContext(String key, String summary, Instant at, UUID userId, LocalDate eventDate) {

    /** A trigger that prepares no dated event. */
    public TriggerContext(String key, String summary, Instant at, UUID userId) {
        this(key, summary, at, userId, null);
    }
}
