package dev.tandem.account.account.rest;

import dev.tandem.account.account.domain.Account;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An account as the API shows it. */
public record AccountResponse(
        UUID id,
        String externalId,
        String name,
        String industry,
        String employeeBand,
        BillingModel billingModel,
        String plan,
        LifecycleStage stage,
        TouchModel touchModel,
        boolean community,
        String csmId,
        String cohort,
        BigDecimal arr,
        LocalDate nextRenewalDate,
        LocalDate convertedOn,
        Instant createdAt,
        Instant updatedAt) {

    static AccountResponse of(Account a) {
        return new AccountResponse(
                a.id,
                a.externalId,
                a.name,
                a.industry,
                a.employeeBand,
                a.billingModel,
                a.plan,
                a.stage,
                a.touchModel,
                a.community,
                a.csmId,
                a.cohort,
                a.arr,
                a.nextRenewalDate,
                a.convertedOn,
                a.createdAt,
                a.updatedAt);
    }
}
