package dev.tandem.gateway.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A CSM's points on a MANUAL measure of an account, valid until a day. */
public record ManualMeasure(
        String account,
        String measureKey,
        BigDecimal points,
        LocalDate expiresOn,
        String note,
        String setBy,
        Instant setAt) {}
