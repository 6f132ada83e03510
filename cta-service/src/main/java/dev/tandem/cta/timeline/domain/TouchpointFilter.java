package dev.tandem.cta.timeline.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Which of an account's touchpoints a timeline shows; null parts do not filter.
 *
 * @param participant an end user's id or a colleague's Keycloak id or user name
 * @param from occurred at or after
 * @param to occurred before
 */
public record TouchpointFilter(UUID accountId, String type, String participant, Instant from, Instant to) {}
