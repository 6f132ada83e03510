package dev.tandem.gateway.account;

import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;

/** A contract of an account. */
public record Contract(
        @Id UUID id,
        String externalId,
        String plan,
        BigDecimal arr,
        String currency,
        int seats,
        LocalDate startDate,
        LocalDate renewalDate,
        boolean autoRenew,
        ContractStatus status,
        String endReason) {}
