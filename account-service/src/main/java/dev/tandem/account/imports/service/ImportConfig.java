package dev.tandem.account.imports.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tandem.imports")
public interface ImportConfig {

    /**
     * Rows applied per transaction: big enough to amortise the round trips and the commit, small enough to redo row by
     * row after a failure (docs/imports.md has the measurements).
     */
    @WithDefault("2000")
    int chunkSize();

    /** How long a running job's worker may go without progress before another replica takes the job over. */
    @WithDefault("2m")
    Duration takeOverAfter();

    /** The rejected rows whose errors are kept per job; all rejected rows are counted regardless. */
    @WithDefault("10000")
    int keptErrorRows();
}
