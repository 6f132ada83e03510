package dev.tandem.account.segment.domain;

import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much attention an account gets, by its ARR: high-touch (a named CSM) from {@code highFrom}, low-touch (pooled
 * CSMs, webinars) from {@code lowFrom}, tech-touch (the product and automated messages) below. The bounds are
 * inclusive: an ARR of exactly 50,000 is high-touch with the defaults.
 */
public record TouchModelBands(BigDecimal highFrom, BigDecimal lowFrom) {

    public static final TouchModelBands DEFAULT = new TouchModelBands(new BigDecimal("50000"), new BigDecimal("10000"));

    public TouchModelBands {
        Objects.requireNonNull(highFrom, "highFrom");
        Objects.requireNonNull(lowFrom, "lowFrom");
        if (lowFrom.signum() < 0 || highFrom.compareTo(lowFrom) <= 0) {
            throw new IllegalArgumentException("Bands need 0 <= lowFrom < highFrom");
        }
    }

    public TouchModel touchModelFor(BigDecimal arr) {
        if (arr.compareTo(highFrom) >= 0) {
            return TouchModel.HIGH;
        }
        return arr.compareTo(lowFrom) >= 0 ? TouchModel.LOW : TouchModel.TECH;
    }
}
