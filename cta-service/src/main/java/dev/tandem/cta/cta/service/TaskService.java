package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.CtaTask;
import dev.tandem.cta.cta.domain.TaskSchedule;
import dev.tandem.cta.cta.repository.CtaTaskRepository;
import dev.tandem.cta.playbook.domain.PlaybookStep;
import dev.tandem.cta.playbook.repository.PlaybookRepository;
import dev.tandem.events.cta.PlaybookAttached;
import dev.tandem.events.cta.TaskCompleted;
import dev.tandem.events.cta.TaskReopened;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Playbook tasks of CTAs: attached from a playbook, checked off and reopened. */
@ApplicationScoped
public class TaskService {

    private final PlaybookRepository playbooks;
    private final CtaTaskRepository tasks;
    private final CtaGuard guard;
    private final Outbox outbox;
    private final Clock clock;

    public TaskService(
            PlaybookRepository playbooks, CtaTaskRepository tasks, CtaGuard guard, Outbox outbox, Clock clock) {
        this.playbooks = playbooks;
        this.tasks = tasks;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Adds the playbook's steps to the CTA as tasks owned by the CTA's owner, due the step's offset after the CTA
     * was opened. Call inside the transaction that opened or loaded the CTA.
     */
    public Uni<List<CtaTask>> attach(Cta cta, UUID playbookId) {
        return playbooks
                .findById(playbookId)
                .chain(playbook -> {
                    if (playbook == null) {
                        throw new NotFoundException("Playbook", playbookId);
                    }
                    return tasks.countOf(cta.id, playbookId);
                })
                .chain(existing -> {
                    if (existing > 0) {
                        throw new ConflictException("Playbook " + playbookId + " is already attached to this CTA");
                    }
                    return playbooks.steps(playbookId);
                })
                .chain(steps -> persistAll(cta, playbookId, steps))
                .call(created -> outbox.append(
                        new PlaybookAttached(cta.id, cta.accountId, playbookId, created.size(), clock.instant())));
    }

    @WithTransaction
    public Uni<List<CtaTask>> attachByHand(UUID ctaId, UUID playbookId, Caller caller) {
        return guard.changeable(ctaId, caller).chain(cta -> attach(cta, playbookId));
    }

    @WithSession
    public Uni<List<CtaTask>> of(UUID ctaId) {
        return guard.require(ctaId).chain(cta -> tasks.of(ctaId));
    }

    /** Marks a task done or not done; doing what is already so changes nothing and announces nothing. */
    @WithTransaction
    public Uni<CtaTask> mark(UUID ctaId, UUID taskId, boolean done, Caller caller) {
        return guard.changeable(ctaId, caller)
                .chain(cta -> tasks.findById(taskId).chain(task -> {
                    if (task == null || !task.ctaId.equals(ctaId)) {
                        throw new NotFoundException("Task", taskId);
                    }
                    if (task.done == done) {
                        return Uni.createFrom().item(task);
                    }
                    Instant now = clock.instant();
                    task.done = done;
                    task.doneAt = done ? now : null;
                    task.doneBy = done ? caller.subject() : null;
                    return outbox.append(
                                    done
                                            ? new TaskCompleted(task.id, ctaId, cta.accountId, caller.subject(), now)
                                            : new TaskReopened(task.id, ctaId, cta.accountId, caller.subject(), now))
                            .replaceWith(task);
                }));
    }

    private Uni<List<CtaTask>> persistAll(Cta cta, UUID playbookId, List<PlaybookStep> steps) {
        LocalDate openedOn = LocalDate.ofInstant(cta.createdAt, ZoneOffset.UTC);
        List<LocalDate> dueDates = TaskSchedule.dueDates(
                openedOn, steps.stream().map(PlaybookStep::dueOffsetDays).toList(), cta.dueDate);
        List<CtaTask> created = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PlaybookStep step = steps.get(i);
            CtaTask task = new CtaTask();
            task.id = UUID.randomUUID();
            task.ctaId = cta.id;
            task.playbookId = playbookId;
            task.position = step.position();
            task.title = step.title();
            task.ownerId = cta.ownerId;
            task.dueDate = dueDates.get(i);
            created.add(task);
        }
        return tasks.persist(created).replaceWith(created);
    }
}
