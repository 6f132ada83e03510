package dev.tandem.cta.cta.domain;

import dev.tandem.events.account.TouchModel;
import java.util.Map;

/**
 * The queue a CTA without an owner goes to: its account's segment queue (tech touch: "Digital CS"), else the default
 * queue. The owner comes first ({@link OwnerResolution}): the account's CSM, then the rule's owner or team.
 */
public final class Queues {

    private Queues() {}

    public static String of(TouchModel touchModel, Map<String, String> segmentQueues, String defaultQueue) {
        String segment = touchModel == null ? null : segmentQueues.get(touchModel.name());
        return segment == null || segment.isBlank() ? defaultQueue : segment;
    }
}
