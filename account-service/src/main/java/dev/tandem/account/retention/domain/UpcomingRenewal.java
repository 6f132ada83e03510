package dev.tandem.account.retention.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A running contract term that comes up for renewal, with the account's owner and current health.
 *
 * @param band RED, YELLOW or GREEN; null when the account has no score (N/A)
 */
public record UpcomingRenewal(
        String accountId,
        String accountName,
        String contractId,
        String plan,
        BigDecimal arr,
        LocalDate renewsOn,
        String csmId,
        String band,
        Integer score) {}
