package dev.tandem.simulator.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A change to an account the integrator reports with an idempotent PUT, in the order it happened. */
public sealed interface Change {

    String accountId();

    /** {@code PUT /api/v1/accounts/{accountId}}. */
    record AccountUpsert(
            String accountId, String name, String industry, String employeeBand, String plan, Instant signedUpAt)
            implements Change {}

    /** {@code PUT /api/v1/accounts/{accountId}/users/{userId}}. */
    record UserUpsert(
            String accountId,
            String userId,
            String email,
            String name,
            String role,
            String seat,
            Instant signedUpAt,
            String invitedBy)
            implements Change {}

    /** {@code PUT /api/v1/accounts/{accountId}/contracts/{contractId}}. */
    record ContractUpsert(
            String accountId,
            String contractId,
            String plan,
            BigDecimal arr,
            int seats,
            LocalDate startDate,
            LocalDate renewalDate,
            String status,
            String endReason)
            implements Change {}
}
