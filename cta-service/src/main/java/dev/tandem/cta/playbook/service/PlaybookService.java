package dev.tandem.cta.playbook.service;

import dev.tandem.cta.playbook.domain.Playbook;
import dev.tandem.cta.playbook.domain.PlaybookStep;
import dev.tandem.cta.playbook.repository.PlaybookRepository;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Playbooks a cs-admin defines; the renewal-preparation playbook ships built in. */
@ApplicationScoped
public class PlaybookService {

    private final PlaybookRepository playbooks;
    private final Clock clock;

    public PlaybookService(PlaybookRepository playbooks, Clock clock) {
        this.playbooks = playbooks;
        this.clock = clock;
    }

    /** A playbook with its steps in order. */
    public record PlaybookWithSteps(Playbook playbook, List<PlaybookStep> steps) {}

    @WithSession
    public Uni<List<Playbook>> list() {
        return playbooks.listInOrder();
    }

    @WithSession
    public Uni<PlaybookWithSteps> get(UUID id) {
        return playbooks.findById(id).chain(playbook -> {
            if (playbook == null) {
                throw new NotFoundException("Playbook", id);
            }
            return playbooks.steps(id).map(steps -> new PlaybookWithSteps(playbook, steps));
        });
    }

    @WithTransaction
    public Uni<PlaybookWithSteps> create(String name, String description, List<PlaybookStep> steps) {
        return playbooks.count("name", name).chain(existing -> {
            if (existing > 0) {
                throw new ConflictException("A playbook named '" + name + "' exists already");
            }
            Playbook playbook = new Playbook();
            playbook.id = UUID.randomUUID();
            playbook.name = name;
            playbook.description = description == null ? "" : description;
            playbook.createdAt = clock.instant();
            Uni<Void> chain = playbooks.persistAndFlush(playbook).replaceWithVoid();
            for (PlaybookStep step : steps) {
                chain = chain.chain(() -> playbooks.addStep(playbook.id, step));
            }
            return chain.replaceWith(new PlaybookWithSteps(playbook, steps));
        });
    }
}
