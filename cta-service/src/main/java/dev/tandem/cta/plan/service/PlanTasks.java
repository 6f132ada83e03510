package dev.tandem.cta.plan.service;

import dev.tandem.cta.cta.domain.TaskSchedule;
import dev.tandem.cta.plan.domain.ObjectiveLimits;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.PlanTask;
import dev.tandem.cta.plan.repository.PlanTaskRepository;
import dev.tandem.cta.playbook.domain.PlaybookStep;
import dev.tandem.cta.playbook.repository.PlaybookRepository;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Tasks under objectives: written by hand, or a playbook's steps made tasks as a CTA's are (each step's offset from
 * today, fitted before the objective's due date by {@link TaskSchedule}), checked off and reopened.
 */
@ApplicationScoped
public class PlanTasks {

    /** A task as a person writes it; {@code ownerId} null for the objective's owner. */
    public record NewTask(String title, String ownerId, LocalDate dueDate) {}

    private final PlaybookRepository playbooks;
    private final PlanTaskRepository tasks;
    private final PlanGuard guard;
    private final Clock clock;

    public PlanTasks(PlaybookRepository playbooks, PlanTaskRepository tasks, PlanGuard guard, Clock clock) {
        this.playbooks = playbooks;
        this.tasks = tasks;
        this.guard = guard;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PlanTask> add(UUID planId, UUID objectiveId, NewTask request, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        if (request.dueDate().isBefore(today.minusYears(1))
                || request.dueDate().isAfter(today.plusYears(ObjectiveLimits.MAX_DUE_YEARS))) {
            throw new InvalidInputException(
                    "dueDate",
                    "must be within a year before and " + ObjectiveLimits.MAX_DUE_YEARS + " years after today");
        }
        return guard.changeableObjective(planId, objectiveId, caller)
                .chain(objective -> roomFor(objective, 1)
                        .chain(() -> tasks.nextPosition(objective.id))
                        .chain(next -> {
                            PlanTask task =
                                    task(objective, null, next, request.title().strip(), request.dueDate());
                            if (request.ownerId() != null) {
                                task.ownerId = request.ownerId().strip();
                            }
                            return tasks.persist(task);
                        }));
    }

    @WithTransaction
    public Uni<List<PlanTask>> attachByHand(UUID planId, UUID objectiveId, UUID playbookId, Caller caller) {
        return guard.changeableObjective(planId, objectiveId, caller).chain(objective -> attach(objective, playbookId));
    }

    /** Makes the playbook's steps the objective's tasks, inside the caller's transaction; 409 when attached already. */
    Uni<List<PlanTask>> attach(PlanObjective objective, UUID playbookId) {
        return playbooks
                .findById(playbookId)
                .chain(playbook -> {
                    if (playbook == null) {
                        throw new InvalidInputException("playbookId", "is not a playbook");
                    }
                    return tasks.countOf(objective.id, playbookId);
                })
                .chain(existing -> {
                    if (existing > 0) {
                        throw new ConflictException(
                                "Playbook " + playbookId + " is already attached to this objective");
                    }
                    return playbooks.steps(playbookId);
                })
                .call(steps -> roomFor(objective, steps.size()))
                .chain(steps -> {
                    LocalDate today = LocalDate.now(clock);
                    List<LocalDate> due = TaskSchedule.dueDates(
                            today,
                            steps.stream().map(PlaybookStep::dueOffsetDays).toList(),
                            objective.dueDate);
                    List<PlanTask> created = new ArrayList<>();
                    for (int i = 0; i < steps.size(); i++) {
                        PlaybookStep step = steps.get(i);
                        created.add(task(objective, playbookId, step.position(), step.title(), due.get(i)));
                    }
                    return tasks.persist(created).replaceWith(created);
                });
    }

    /** Checks a task off or reopens it; doing what is already so changes nothing. */
    @WithTransaction
    public Uni<PlanTask> mark(UUID planId, UUID objectiveId, UUID taskId, boolean done, Caller caller) {
        return guard.changeableObjective(planId, objectiveId, caller)
                .chain(objective -> tasks.findById(taskId))
                .map(task -> {
                    if (task == null || !task.objectiveId.equals(objectiveId)) {
                        throw new NotFoundException("Task", taskId);
                    }
                    if (task.done != done) {
                        task.done = done;
                        task.doneAt = done ? clock.instant() : null;
                        task.doneBy = done ? caller.subject() : null;
                    }
                    return task;
                });
    }

    private Uni<Void> roomFor(PlanObjective objective, int more) {
        return tasks.countOf(objective.id).map(count -> {
            if (count + more > ObjectiveLimits.TASKS) {
                throw new InvalidInputException(
                        "tasks", "an objective holds at most " + ObjectiveLimits.TASKS + " tasks; it has " + count);
            }
            return null;
        });
    }

    private static PlanTask task(PlanObjective objective, UUID playbookId, int position, String title, LocalDate due) {
        PlanTask task = new PlanTask();
        task.id = UUID.randomUUID();
        task.objectiveId = objective.id;
        task.playbookId = playbookId;
        task.position = position;
        task.title = title;
        task.ownerId = objective.ownerId;
        task.dueDate = due;
        return task;
    }
}
