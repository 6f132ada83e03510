package dev.tandem.gateway.cta;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * Turns {@code updateCta}'s changes into the JSON merge patch cta-service's {@code PATCH /ctas/{id}} takes. A typed
 * input cannot tell a field left out from a field set to null, which a merge patch must (null clears the due date),
 * so which fields the caller gave comes separately, from the request as it was written.
 */
final class CtaPatch {

    static final String MEDIA_TYPE = "application/merge-patch+json";

    private CtaPatch() {}

    static ObjectNode of(CtaInputs.Changes changes, Collection<String> given) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        if (given.contains("priority")) {
            // null is passed on for cta-service to refuse by name, as it refuses any other bad value
            patch.put(
                    "priority",
                    changes.priority() == null ? null : changes.priority().name());
        }
        if (given.contains("dueDate")) {
            patch.put(
                    "dueDate",
                    changes.dueDate() == null ? null : changes.dueDate().toString());
        }
        return patch;
    }
}
