package dev.tandem.content.stats.service;

import dev.tandem.content.program.repository.ProgramRepository;
import dev.tandem.content.stats.domain.OutcomeFigures;
import dev.tandem.content.stats.repository.OnboardingStatsQueries;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How a program performs: outcomes overall and by cohort, the milestone funnel, and where accounts stall. */
@ApplicationScoped
public class OnboardingStats {

    /** Everything known of a program's performance. */
    public record ProgramStats(
            UUID programId,
            OutcomeFigures overall,
            Map<String, OutcomeFigures> byCohort,
            List<OnboardingStatsQueries.FunnelStep> funnel,
            OnboardingStatsQueries.FunnelStep stalledAt,
            long stalledThere) {}

    private final ProgramRepository programs;
    private final OnboardingStatsQueries queries;

    public OnboardingStats(ProgramRepository programs, OnboardingStatsQueries queries) {
        this.programs = programs;
        this.queries = queries;
    }

    @WithSession
    public Uni<ProgramStats> of(UUID programId) {
        return programs.findById(programId)
                .chain(program -> program == null
                        ? Uni.createFrom().failure(new NotFoundException("Onboarding program", programId))
                        : queries.outcomes(programId)
                                .chain(outcomes -> queries.funnel(programId)
                                        .chain(funnel -> queries.stalls(programId)
                                                .map(stalls -> {
                                                    Map<String, OutcomeFigures> byCohort =
                                                            new LinkedHashMap<>(outcomes);
                                                    OutcomeFigures overall = byCohort.remove(null);
                                                    var stall = stalls.isEmpty() ? null : stalls.get(0);
                                                    var stalledAt = stall == null
                                                            ? null
                                                            : funnel.stream()
                                                                    .filter(step -> step.milestoneId()
                                                                            .equals(stall.milestoneId()))
                                                                    .findFirst()
                                                                    .orElse(null);
                                                    return new ProgramStats(
                                                            programId,
                                                            overall,
                                                            byCohort,
                                                            funnel,
                                                            stalledAt,
                                                            stall == null ? 0 : stall.enrollments());
                                                }))));
    }
}
