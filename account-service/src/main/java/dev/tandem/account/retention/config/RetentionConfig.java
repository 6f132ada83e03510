package dev.tandem.account.retention.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

@ConfigMapping(prefix = "tandem.retention")
public interface RetentionConfig {

    /** The share of revenue left after the cost of serving it, which LTV multiplies by (0 to 1). */
    @WithDefault("0.80")
    BigDecimal grossMargin();
}
