package dev.tandem.account.segment.rest;

import dev.tandem.account.segment.domain.BandBasis;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The body of {@code PUT /api/v1/touch-model-bands}: high-touch from {@code highFrom}, low-touch from {@code lowFrom},
 * tech-touch below, measured in {@code basis}: ARR (the default) or expected LTV.
 */
public record TouchModelBandsRequest(
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2)
        BigDecimal highFrom,

        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2)
        BigDecimal lowFrom,

        @Pattern(regexp = "ARR|LTV", message = "must be ARR or LTV")
        String basis) {

    /** The basis asked for, once the bands are known to rise. */
    BandBasis validBasis() {
        if (highFrom.compareTo(lowFrom) <= 0) {
            throw new InvalidInputException("highFrom", "must be greater than lowFrom");
        }
        return basis == null ? BandBasis.ARR : BandBasis.valueOf(basis);
    }
}
