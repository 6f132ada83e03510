package dev.tandem.cta.delivery.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The rule action a delivery is sent for: which rule, which of its actions, and the trigger it fired on. Rule, account,
 * trigger and action are a delivery's dedup key, so a redelivered or repeated trigger queues no second copy.
 *
 * @param triggerKind what the rule watches for, as webhook payloads name it
 * @param triggerKey unique per trigger: the event id, or the key a scheduler fired under
 * @param summary a line a person can read ("nps_response 3"), which messages quote as {@code {{trigger}}}
 * @param userId the end user the trigger concerns, whom a message goes to; null for the account as a whole
 */
public record FiredAction(
        UUID ruleId,
        String ruleName,
        String triggerKind,
        int actionIndex,
        String triggerKey,
        String summary,
        Instant at,
        UUID userId) {}
