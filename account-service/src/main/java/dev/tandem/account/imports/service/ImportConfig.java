package dev.tandem.account.imports.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tandem.imports")
public interface ImportConfig {

    /** Rows applied per transaction: big enough to amortise the round trips, small enough to redo after a failure. */
    @WithDefault("500")
    int chunkSize();

    /**
     * Rows per transaction for the kinds still applied through a Hibernate Reactive session (contracts). Each of their
     * rows flushes the session, and a flush checks every entity the chunk has loaded so far, so a row costs more the
     * later it comes in its chunk: at 500 rows a contract took about 18 ms, the database idle meanwhile.
     */
    @WithDefault("50")
    int sessionChunkSize();

    /** How long a running job's worker may go without progress before another replica takes the job over. */
    @WithDefault("2m")
    Duration takeOverAfter();

    /** The rejected rows whose errors are kept per job; all rejected rows are counted regardless. */
    @WithDefault("10000")
    int keptErrorRows();
}
