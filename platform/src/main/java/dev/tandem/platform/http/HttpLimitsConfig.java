package dev.tandem.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Body limits per path, under Quarkus's own {@code quarkus.http.limits.max-body-size}, which stays the largest. */
@ConfigMapping(prefix = "tandem.http")
public interface HttpLimitsConfig {

    /** The limit of every path but the large-body ones; Quarkus's own limit when not set. */
    Optional<MemorySize> maxBodySize();

    /** Path prefixes that take bodies up to Quarkus's own limit, e.g. CSV imports; streamed bodies allowed there. */
    Optional<List<String>> largeBodyPaths();
}
