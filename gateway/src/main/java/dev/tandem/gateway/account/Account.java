package dev.tandem.gateway.account;

import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** An account as account-service keeps it. */
@Description("A customer account, paying or free. Health, CTAs and onboarding hang off it, each loaded in batches.")
public record Account(
        @Id @Description("Tandem's id; CTAs and enrollments name the account by it")
        UUID id,

        @Description("The vendor's id, by which integrators and `account(externalId)` name the account")
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

        @Description("Contract start month of the first paid contract, as YYYY-MM")
        String cohort,

        @Description("Annual recurring revenue: the sum of the running contracts")
        BigDecimal arr,

        LocalDate nextRenewalDate,
        LocalDate convertedOn,
        Instant createdAt,
        Instant updatedAt) {}
