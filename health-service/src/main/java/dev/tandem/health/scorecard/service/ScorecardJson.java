package dev.tandem.health.scorecard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.Scorecard;
import dev.tandem.health.scorecard.domain.ScorecardCriteria;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.domain.ScorecardVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

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

    /** A row of {@code scorecard_version} as the repository reads it. */
    public ScorecardVersion readVersion(Object[] row) {
        Instant effectiveAt = row[9] instanceof OffsetDateTime time ? time.toInstant() : (Instant) row[9];
        ConfiguredScorecard scorecard = new ConfiguredScorecard(
                (UUID) row[0],
                (String) row[2],
                (Boolean) row[3],
                ScorecardPurpose.valueOf((String) row[4]),
                row[5] == null ? null : ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(),
                read((String) row[7], ScorecardCriteria.class),
                read((String) row[8], ScorecardDefinition.class),
                ((Number) row[1]).intValue(),
                effectiveAt,
                effectiveAt);
        return new ScorecardVersion(scorecard, effectiveAt, (Boolean) row[10]);
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
