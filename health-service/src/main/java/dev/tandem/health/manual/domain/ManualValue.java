package dev.tandem.health.manual.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A CSM's points for one MANUAL measure of one account, counted until {@code expiresOn} (inclusive; the scorer reads
 * only values still valid); after that the measure has no value again, so a stale judgement cannot prop up a score.
 */
public record ManualValue(
        String account,
        String measureKey,
        BigDecimal points,
        LocalDate expiresOn,
        String note,
        String setBy,
        Instant setAt) {}
