package dev.tandem.account.segment.rest;

import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The body of {@code PUT /api/v1/touch-model-bands}: high-touch from {@code highFrom} ARR, low-touch from
 * {@code lowFrom}, tech-touch below.
 */
public record TouchModelBandsRequest(
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2)
        BigDecimal highFrom,

        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2)
        BigDecimal lowFrom) {

    TouchModelBands toBands() {
        if (highFrom.compareTo(lowFrom) <= 0) {
            throw new InvalidInputException("highFrom", "must be greater than lowFrom");
        }
        return new TouchModelBands(highFrom, lowFrom);
    }
}
