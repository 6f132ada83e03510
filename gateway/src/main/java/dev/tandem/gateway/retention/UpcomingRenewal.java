package dev.tandem.gateway.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("A running contract term coming up for renewal, with the account's owner and current health")
public record UpcomingRenewal(
        @Description("The account's external id") String accountId,
        String accountName,
        @Description("The contract's external id") String contractId,
        String plan,
        BigDecimal arr,
        LocalDate renewsOn,
        String csmId,

        @Description("RED, YELLOW or GREEN; null when the account has no score")
        String band,

        Integer score) {}
