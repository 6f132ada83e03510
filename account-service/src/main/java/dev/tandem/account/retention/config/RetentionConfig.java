package dev.tandem.account.retention.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

@ConfigMapping(prefix = "tandem.retention")
public interface RetentionConfig {

    /** The share of revenue left after the cost of serving it, which LTV multiplies by (0 to 1). */
    @WithDefault("0.80")
    BigDecimal grossMargin();

    /**
     * The memory each figures query may sort and hash in (PostgreSQL's work_mem, for its transaction only): a year over
     * 100,000 accounts groups that many rows, which the default 4MB spills to disk.
     */
    @WithDefault("64MB")
    @Pattern(regexp = "\\d{1,6}(kB|MB|GB)")
    String queryMemory();
}
