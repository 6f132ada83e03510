package dev.tandem.account.contract.rest;

import dev.tandem.account.contract.domain.ContractTerms;
import dev.tandem.events.account.ContractStatus;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code PUT /api/v1/accounts/{externalId}/contracts/{contractId}}.
 *
 * @param status ACTIVE when omitted; ENDED or CANCELLED end the contract
 * @param effectiveDate the day an end or a mid-term change of ARR took effect, when it is sent later than that (a
 *     nightly sync, a backfill); today when omitted
 */
public record ContractRequest(
        @NotBlank @Size(max = 100) String plan,

        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2)
        BigDecimal arr,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,

        @NotNull @PositiveOrZero @Max(1_000_000) Integer seats,
        @NotNull LocalDate startDate,
        @NotNull LocalDate renewalDate,
        Boolean autoRenew,
        ContractStatus status,
        @Size(max = 500) String endReason,

        @PastOrPresent(message = "must not be in the future")
        LocalDate effectiveDate) {

    public ContractTerms toTerms() {
        if (!renewalDate.isAfter(startDate)) {
            throw new InvalidInputException("renewalDate", "must be after startDate");
        }
        return new ContractTerms(
                plan.strip(),
                arr,
                currency,
                seats,
                startDate,
                renewalDate,
                Boolean.TRUE.equals(autoRenew),
                status == null ? ContractStatus.ACTIVE : status,
                endReason,
                effectiveDate);
    }
}
