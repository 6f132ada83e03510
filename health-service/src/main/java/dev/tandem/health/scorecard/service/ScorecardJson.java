package dev.tandem.health.scorecard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.Scorecard;
import dev.tandem.health.scorecard.domain.ScorecardCriteria;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes a scorecard's JSON documents. */
@ApplicationScoped
public class ScorecardJson {

    private final ObjectMapper json;

    public ScorecardJson(ObjectMapper json) {
        this.json = json;
    }

    public ConfiguredScorecard read(Scorecard s) {
        return new ConfiguredScorecard(
                s.id,
                s.name,
                s.isDefault,
                s.purpose,
                s.qualifyAt,
                s.priority,
                read(s.criteria, ScorecardCriteria.class),
                read(s.definition, ScorecardDefinition.class),
                s.version,
                s.createdAt,
                s.updatedAt);
    }

    public String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A scorecard document cannot be written", e);
        }
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            // Stored documents were validated on the way in; one that cannot be read is a defect, not bad input.
            throw new IllegalStateException("A stored scorecard document cannot be read", e);
        }
    }
}
