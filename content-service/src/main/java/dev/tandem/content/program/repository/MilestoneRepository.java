package dev.tandem.content.program.repository;

import dev.tandem.content.program.domain.Milestone;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** A program's milestones in program order. */
    public Uni<List<Milestone>> ofProgram(UUID programId) {
        return list("programId = ?1 ORDER BY position", programId);
    }

    public Uni<List<Milestone>> ofPrograms(Collection<UUID> programIds) {
        return programIds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : list("programId IN ?1 ORDER BY programId, position", programIds);
    }

    public Uni<Long> deleteOfProgram(UUID programId) {
        return delete("programId", programId);
    }
}
