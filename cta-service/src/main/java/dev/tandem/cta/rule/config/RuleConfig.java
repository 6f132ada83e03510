package dev.tandem.cta.rule.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tandem.cta.rules")
public interface RuleConfig {

    /**
     * How long a replica reuses the enabled rules it loaded. A change made on this replica applies at once; one made
     * on another replica within this time.
     */
    @WithDefault("5s")
    Duration cacheTtl();

    /** Due date of a CTA a rule opens when its action names none. */
    @WithDefault("7")
    int defaultDueInDays();

    /** How often time-based triggers (renewals, weekly active users) are checked; read by their schedules. */
    @WithDefault("1h")
    String scheduleInterval();
}
