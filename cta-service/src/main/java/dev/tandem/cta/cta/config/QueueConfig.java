package dev.tandem.cta.cta.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Where CTAs nobody owns wait: a queue per touch model, else the default queue. */
@ConfigMapping(prefix = "tandem.cta.queues")
public interface QueueConfig {

    /** The queue of CTAs on accounts whose segment has no queue of its own, or whose segment is not known. */
    @WithDefault("Unassigned")
    String defaultQueue();

    /** Queue names by touch model ({@code HIGH}, {@code LOW}, {@code TECH}), e.g. {@code TECH=Digital CS}. */
    Map<String, String> segments();
}
