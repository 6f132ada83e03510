package dev.tandem.cta.rule.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored rule: its id and definition, and when that definition came into force (the rule's last save).
 *
 * <p>A rule acts on what happens while it is in force. Events reach cta-service a moment after they happen, and a
 * backlog or an import of history much later; without this, a rule switched on would act at once on a band crossed or
 * a signal sent before it existed, which no cs-admin asked for when writing it.
 */
public record Rule(UUID id, RuleDefinition definition, Instant inForceSince) {

    public String name() {
        return definition.name();
    }

    /** Whether something that happened at {@code happenedAt} is this rule's to act on. */
    public boolean inForceAt(Instant happenedAt) {
        return !happenedAt.isBefore(inForceSince);
    }
}
