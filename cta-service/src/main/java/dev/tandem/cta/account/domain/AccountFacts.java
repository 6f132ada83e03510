package dev.tandem.cta.account.domain;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What cta-service's projection knows about an account: what rules limit their segments by, who owns its CTAs, what
 * messages quote and what ranks its CTAs in a cockpit. Any part may be null when its event has not arrived yet.
 */
public record AccountFacts(
        UUID accountId,
        String name,
        String plan,
        LifecycleStage stage,
        TouchModel touchModel,
        String csmId,
        Integer score,
        HealthBand band,
        BigDecimal arr,
        LocalDate renewalDate) {

    public static AccountFacts unknown(UUID accountId) {
        return new AccountFacts(accountId, null, null, null, null, null, null, null, null, null);
    }
}
