package dev.tandem.cta.rule.domain;

import java.util.UUID;

/** A stored rule: its id and definition. */
public record Rule(UUID id, RuleDefinition definition) {

    public String name() {
        return definition.name();
    }
}
