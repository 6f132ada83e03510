package dev.tandem.content.program.repository;

import dev.tandem.content.program.domain.OnboardingProgram;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ProgramRepository implements PanacheRepositoryBase<OnboardingProgram, UUID> {

    public Uni<Boolean> nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) AND id <> ?2", name, except).map(count -> count > 0);
    }

    /** Programs by name; there are few, so a list is read whole. */
    public Uni<List<OnboardingProgram>> all() {
        return list("ORDER BY lower(name), id");
    }

    /** The programs a contract could be enrolled in automatically, oldest first. */
    public Uni<List<OnboardingProgram>> automatic() {
        return list("premium = false ORDER BY createdAt, id");
    }
}
