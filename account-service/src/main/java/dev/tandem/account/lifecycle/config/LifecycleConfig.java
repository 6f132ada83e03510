package dev.tandem.account.lifecycle.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tandem.lifecycle")
public interface LifecycleConfig {

    /** How many days before the renewal date an account enters the RENEWAL stage. */
    @WithDefault("120")
    int renewalWindowDays();

    /**
     * How often accounts are checked for what time alone changes: a contract whose start date has come, a renewal
     * date entering the window. The schedule reads {@code tandem.lifecycle.sweep-interval}.
     */
    @WithDefault("1h")
    String sweepInterval();

    /** Accounts moved per sweep transaction. */
    @WithDefault("500")
    int sweepBatchSize();
}
