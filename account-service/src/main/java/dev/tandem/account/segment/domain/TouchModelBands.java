package dev.tandem.account.segment.domain;

import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much attention an account gets: high-touch (a named CSM) from {@code highFrom}, low-touch (pooled CSMs,
 * webinars) from {@code lowFrom}, tech-touch (the product and automated messages) below. The bounds are measured in
 * ARR, or in expected LTV when {@code basis} is LTV (then {@code lifetimes} says how ARR becomes LTV), and are
 * inclusive: an ARR of exactly 50,000 is high-touch with the defaults.
 *
 * @param lifetimes null when the basis is ARR
 */
public record TouchModelBands(BigDecimal highFrom, BigDecimal lowFrom, BandBasis basis, Lifetimes lifetimes) {

    public static final TouchModelBands DEFAULT = new TouchModelBands(new BigDecimal("50000"), new BigDecimal("10000"));

    public TouchModelBands {
        Objects.requireNonNull(highFrom, "highFrom");
        Objects.requireNonNull(lowFrom, "lowFrom");
        Objects.requireNonNull(basis, "basis");
        if (lowFrom.signum() < 0 || highFrom.compareTo(lowFrom) <= 0) {
            throw new IllegalArgumentException("Bands need 0 <= lowFrom < highFrom");
        }
        if ((basis == BandBasis.LTV) != (lifetimes != null)) {
            throw new IllegalArgumentException("LTV bands need lifetimes, ARR bands none");
        }
    }

    /** Bands in ARR. */
    public TouchModelBands(BigDecimal highFrom, BigDecimal lowFrom) {
        this(highFrom, lowFrom, BandBasis.ARR, null);
    }

    /** The value the bands are compared with: the ARR, or the expected LTV of an account of {@code plan}. */
    public BigDecimal measure(BigDecimal arr, String plan) {
        return basis == BandBasis.ARR ? arr : lifetimes.expectedLtv(arr, plan);
    }

    public TouchModel touchModelFor(BigDecimal arr, String plan) {
        BigDecimal value = measure(arr, plan);
        if (value.compareTo(highFrom) >= 0) {
            return TouchModel.HIGH;
        }
        return value.compareTo(lowFrom) >= 0 ? TouchModel.LOW : TouchModel.TECH;
    }
}
