package dev.tandem.content.usecase.rest;

import dev.tandem.content.usecase.domain.UseCase;
import java.util.UUID;

/**
 * A use case with its priority: CS minutes a month that content for it could save.
 */
public record UseCaseResponse(UUID id, String name, int questionsPerMonth, int minutesPerCustomer, long priority) {

    static UseCaseResponse of(UseCase useCase) {
        return new UseCaseResponse(
                useCase.id, useCase.name, useCase.questionsPerMonth, useCase.minutesPerCustomer, useCase.priority);
    }
}
