package dev.tandem.health.manual.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code PUT /api/v1/accounts/{accountId}/manual-measures/{measureKey}}. */
public record ManualValueRequest(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal points,

        @NotNull LocalDate expiresOn,
        @Size(max = 1000) String note) {}
