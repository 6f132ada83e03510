package dev.tandem.cta.playbook.repository;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.playbook.domain.Playbook;
import dev.tandem.cta.playbook.domain.PlaybookStep;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class PlaybookRepository implements PanacheRepositoryBase<Playbook, UUID> {

    public Uni<List<Playbook>> listInOrder() {
        return listAll(Sort.descending("builtIn").and("name"));
    }

    public Uni<List<PlaybookStep>> steps(UUID playbookId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT position, title, due_offset_days FROM playbook_step "
                                        + "WHERE playbook_id = :id ORDER BY position",
                                Object[].class)
                        .setParameter("id", playbookId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row ->
                                new PlaybookStep((int) Rows.number(row[0]), (String) row[1], (int) Rows.number(row[2])))
                        .toList());
    }

    public Uni<Void> addStep(UUID playbookId, PlaybookStep step) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO playbook_step (playbook_id, position, title, due_offset_days) "
                                        + "VALUES (:id, :position, :title, :offset)")
                        .setParameter("id", playbookId)
                        .setParameter("position", step.position())
                        .setParameter("title", step.title())
                        .setParameter("offset", step.dueOffsetDays())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
