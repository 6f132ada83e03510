package dev.tandem.cta.plan.service;

import dev.tandem.events.cta.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An objective's status changed.
 *
 * @param previous null when the objective was just added
 * @param accountBehind whether, after the change, any objective of the account is at risk or missed
 */
public record ObjectiveChange(
        UUID objectiveId,
        UUID accountId,
        String title,
        ObjectiveStatus previous,
        ObjectiveStatus status,
        BigDecimal progress,
        Instant at,
        boolean accountBehind) {}
