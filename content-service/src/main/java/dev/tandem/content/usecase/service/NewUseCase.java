package dev.tandem.content.usecase.service;

/** A use case as a cs-admin describes it. */
public record NewUseCase(String name, int questionsPerMonth, int minutesPerCustomer) {}
