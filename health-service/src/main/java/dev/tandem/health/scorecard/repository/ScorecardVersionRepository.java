package dev.tandem.health.scorecard.repository;

import dev.tandem.health.scorecard.domain.Scorecard;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every version of every scorecard, kept, not overwritten. All calls run inside the caller's session. */
@ApplicationScoped
public class ScorecardVersionRepository {

    private static final String COLUMNS =
            "scorecard_id, version, name, is_default, purpose, qualify_at, priority, criteria, definition,"
                    + " effective_at, deleted";

    /** Keeps the scorecard as it now is, in force from {@code at}; {@code deleted} when it was deleted then. */
    public Uni<Void> keep(Scorecard scorecard, Instant at, boolean deleted) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", scorecard.id);
        parameters.put("version", deleted ? scorecard.version + 1 : scorecard.version);
        parameters.put("name", scorecard.name);
        parameters.put("isDefault", scorecard.isDefault);
        parameters.put("purpose", scorecard.purpose.name());
        parameters.put("qualifyAt", scorecard.qualifyAt == null ? -1 : scorecard.qualifyAt);
        parameters.put("priority", scorecard.priority);
        parameters.put("criteria", scorecard.criteria);
        parameters.put("definition", scorecard.definition);
        parameters.put("at", at);
        parameters.put("deleted", deleted);
        return NativeSql.execute(
                "INSERT INTO scorecard_version (" + COLUMNS + ") VALUES (:id, :version, :name, :isDefault, :purpose,"
                        + " NULLIF(:qualifyAt, -1), :priority, :criteria, :definition, :at, :deleted)",
                parameters);
    }

    /** The versions of the scorecards of {@code purpose}, as rows of {@link #COLUMNS}. */
    public Uni<List<Object[]>> ofPurpose(String purpose) {
        return NativeSql.rows(
                "SELECT " + COLUMNS + " FROM scorecard_version WHERE purpose = :purpose", Map.of("purpose", purpose));
    }

    /** The versions of one scorecard, newest first. */
    public Uni<List<Object[]>> of(UUID scorecardId) {
        return NativeSql.rows(
                "SELECT " + COLUMNS + " FROM scorecard_version WHERE scorecard_id = :id ORDER BY version DESC",
                Map.of("id", scorecardId));
    }
}
