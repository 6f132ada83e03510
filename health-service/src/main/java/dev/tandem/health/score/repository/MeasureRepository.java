package dev.tandem.health.score.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Reads the default scorecard's groups and measures, in their configured order. */
@ApplicationScoped
public class MeasureRepository {

    private static final String DEFAULT_MEASURES = """
            SELECT g.key, g.name, g.weight, m.key, m.name, m.metric, m.window_days, m.weight,
                   m.from_value, m.from_points, m.to_value, m.to_points
            FROM scorecard s
            JOIN scorecard_group g ON g.scorecard_id = s.id
            JOIN scorecard_measure m ON m.scorecard_id = s.id AND m.group_key = g.key
            WHERE s.is_default
            ORDER BY g.position, m.position
            """;

    public Uni<UUID> defaultScorecardId() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("SELECT id FROM scorecard WHERE is_default", UUID.class)
                        .getSingleResult());
    }

    public Uni<List<MeasureDefinition>> defaultScorecard() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(DEFAULT_MEASURES, Object[].class)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new MeasureDefinition(
                                (String) r[0],
                                (String) r[1],
                                (BigDecimal) r[2],
                                (String) r[3],
                                (String) r[4],
                                (String) r[5],
                                ((Number) r[6]).intValue(),
                                (BigDecimal) r[7],
                                (BigDecimal) r[8],
                                (BigDecimal) r[9],
                                (BigDecimal) r[10],
                                (BigDecimal) r[11]))
                        .toList());
    }
}
