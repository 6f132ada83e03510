package dev.tandem.account.lifecycle.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tandem.lifecycle")
public interface LifecycleConfig {

    /** How many days before the renewal date an account enters the RENEWAL stage. */
    @WithDefault("120")
    int renewalWindowDays();
}
