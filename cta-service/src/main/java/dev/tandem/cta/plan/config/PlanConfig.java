package dev.tandem.cta.plan.config;

import dev.tandem.cta.plan.domain.StatusPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

@ConfigMapping(prefix = "tandem.cta.plans")
public interface PlanConfig {

    /** How far progress may trail the straight line to the due date before an objective is at risk (0.10: 10 points). */
    @WithDefault("0.10")
    BigDecimal atRiskMargin();

    /** Within how many days of its due date an objective short of its target is at risk. */
    @WithDefault("14")
    int dueSoonDays();

    /** How often open objectives are judged again as days pass; read by the schedule. */
    @WithDefault("1h")
    String scheduleInterval();

    default StatusPolicy policy() {
        return new StatusPolicy(atRiskMargin(), dueSoonDays());
    }
}
