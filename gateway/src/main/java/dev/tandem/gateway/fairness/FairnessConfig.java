package dev.tandem.gateway.fairness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one caller may ask of the services behind the gateway. Rows are counted before a query runs, from its page
 * sizes: {@code accounts(first: 200) { ctas(first: 10) }} asks for up to 200 + 200 × 10 rows.
 */
@ConfigMapping(prefix = "tandem.fairness")
public interface FairnessConfig {

    /** The most rows one query may ask for; above it the query is refused before any service is called. */
    @WithDefault("2000")
    long maxRowsPerRequest();

    /** A caller's sustained allowance of rows. */
    @WithDefault("2000")
    long rowsPerSecond();

    /** How many rows a caller may ask for in a burst, above the sustained allowance. */
    @WithDefault("10000")
    long burstRows();

    /** How many queries of one caller run at once: the bulkhead that keeps one caller from filling every connection. */
    @WithDefault("2")
    int maxConcurrentPerCaller();
}
