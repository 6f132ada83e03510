package dev.tandem.health.scoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A CSM's points on a MANUAL measure, valid from the day they were set until their expiry, both included. */
public record ManualPoints(String measureKey, BigDecimal points, LocalDate setOn, LocalDate expiresOn) {

    public boolean validOn(LocalDate day) {
        return !setOn.isAfter(day) && !expiresOn.isBefore(day);
    }
}
