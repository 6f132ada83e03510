package dev.tandem.cta.rule.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.rule.config.RuleConfig;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.RuleDefinition;
import dev.tandem.cta.rule.domain.StoredRule;
import dev.tandem.cta.rule.repository.RuleRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The enabled rules, read from the database at most once per cache period: every event consults them, and most events
 * match none. Writes through {@link RuleService} invalidate the cache at once.
 */
@ApplicationScoped
public class RuleCatalog {

    private record Snapshot(List<Rule> rules, Instant loadedAt) {}

    private final RuleRepository rules;
    private final ObjectMapper json;
    private final RuleConfig config;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public RuleCatalog(RuleRepository rules, ObjectMapper json, RuleConfig config, Clock clock) {
        this.rules = rules;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    public Uni<List<Rule>> enabled() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current != null && current.loadedAt().plus(config.cacheTtl()).isAfter(now)) {
            return Uni.createFrom().item(current.rules());
        }
        return rules.enabled().map(stored -> {
            List<Rule> loaded = stored.stream().map(this::toRule).toList();
            snapshot = new Snapshot(loaded, now);
            return loaded;
        });
    }

    public void invalidate() {
        snapshot = null;
    }

    public Rule toRule(StoredRule stored) {
        return new Rule(stored.id, read(stored.definition), stored.updatedAt);
    }

    public RuleDefinition read(String definition) {
        try {
            return json.readValue(definition, RuleDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule no longer reads as a rule definition", e);
        }
    }

    public String write(RuleDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A rule definition cannot be written as JSON", e);
        }
    }
}
