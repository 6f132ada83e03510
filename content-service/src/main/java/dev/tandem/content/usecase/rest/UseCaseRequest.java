package dev.tandem.content.usecase.rest;

import dev.tandem.content.usecase.service.NewUseCase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/use-cases}.
 *
 * @param questionsPerMonth how often customers ask about this use case, per month
 * @param minutesPerCustomer minutes a CSM spends explaining it to one customer
 */
public record UseCaseRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer questionsPerMonth,
        @NotNull @PositiveOrZero @Max(10_000) Integer minutesPerCustomer) {

    NewUseCase toCommand() {
        return new NewUseCase(name.strip(), questionsPerMonth, minutesPerCustomer);
    }
}
