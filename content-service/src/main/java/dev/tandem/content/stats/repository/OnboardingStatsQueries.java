package dev.tandem.content.stats.repository;

import dev.tandem.content.stats.domain.OutcomeFigures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Aggregates over a program's enrollments, computed by PostgreSQL so that no enrollment list is loaded. */
@ApplicationScoped
public class OnboardingStatsQueries {

    /** One milestone and how many enrollments reached it. */
    public record FunnelStep(UUID milestoneId, String name, int position, long reached) {}

    /** Where enrollments that have not succeeded stand: their earliest unmet milestone, and how many stand there. */
    public record Stall(UUID milestoneId, long enrollments) {}

    /** By cohort (the month the enrollment started, i.e. the contract's start month); the null key is the total. */
    private static final String OUTCOMES = """
            SELECT to_char(started_on, 'YYYY-MM'), count(*),
                   count(*) FILTER (WHERE status = 'IN_PROGRESS'),
                   count(*) FILTER (WHERE status = 'SUCCEEDED'),
                   count(*) FILTER (WHERE status = 'FAILED'),
                   CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY ended_on - started_on)
                        FILTER (WHERE status = 'SUCCEEDED') AS float8)
            FROM enrollment WHERE program_id = :program
            GROUP BY GROUPING SETS ((to_char(started_on, 'YYYY-MM')), ())
            ORDER BY 1 NULLS FIRST
            """;

    private static final String FUNNEL = """
            SELECT CAST(m.id AS text), m.name, m.position, count(p.enrollment_id)
            FROM milestone m LEFT JOIN milestone_progress p ON p.milestone_id = m.id
            WHERE m.program_id = :program
            GROUP BY m.id, m.name, m.position ORDER BY m.position
            """;

    private static final String STALLS = """
            SELECT CAST(first_unmet AS text), count(*) FROM (
                SELECT (SELECT m.id FROM milestone m
                        WHERE m.program_id = e.program_id
                          AND NOT EXISTS (SELECT 1 FROM milestone_progress p
                                          WHERE p.enrollment_id = e.id AND p.milestone_id = m.id)
                        ORDER BY m.position LIMIT 1) AS first_unmet
                FROM enrollment e WHERE e.program_id = :program AND e.status <> 'SUCCEEDED') stalled
            WHERE first_unmet IS NOT NULL
            GROUP BY first_unmet ORDER BY count(*) DESC, 1
            """;

    public Uni<Map<String, OutcomeFigures>> outcomes(UUID programId) {
        return rows(OUTCOMES, programId).map(rows -> {
            Map<String, OutcomeFigures> byCohort = new LinkedHashMap<>();
            for (Object[] row : rows) {
                byCohort.put(
                        (String) row[0],
                        new OutcomeFigures(
                                number(row[1]),
                                number(row[2]),
                                number(row[3]),
                                number(row[4]),
                                row[5] == null ? null : ((Number) row[5]).doubleValue()));
            }
            return byCohort;
        });
    }

    public Uni<List<FunnelStep>> funnel(UUID programId) {
        return rows(FUNNEL, programId)
                .map(rows -> rows.stream()
                        .map(row -> new FunnelStep(
                                UUID.fromString((String) row[0]),
                                (String) row[1],
                                ((Number) row[2]).intValue(),
                                number(row[3])))
                        .toList());
    }

    public Uni<List<Stall>> stalls(UUID programId) {
        return rows(STALLS, programId)
                .map(rows -> rows.stream()
                        .map(row -> new Stall(UUID.fromString((String) row[0]), number(row[1])))
                        .toList());
    }

    private static Uni<List<Object[]>> rows(String sql, UUID programId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("program", programId)
                        .getResultList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
