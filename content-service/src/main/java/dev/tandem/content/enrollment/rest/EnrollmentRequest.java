package dev.tandem.content.enrollment.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The body of {@code POST /api/v1/enrollments}: an account that bought a premium program. */
public record EnrollmentRequest(
        @NotNull UUID accountId, @NotNull UUID programId) {}
