package dev.tandem.cta.plan.service;

import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.PlanTask;
import dev.tandem.cta.plan.domain.SuccessPlan;
import dev.tandem.cta.plan.repository.PlanObjectiveRepository;
import dev.tandem.cta.plan.repository.PlanTaskRepository;
import dev.tandem.cta.plan.repository.SuccessPlanRepository;
import dev.tandem.cta.plan.service.PlanView.ObjectiveView;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Success plans as read: with their objectives and tasks, three queries for a whole page. */
@ApplicationScoped
public class PlanReader {

    private final SuccessPlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanTaskRepository tasks;
    private final PlanGuard guard;

    public PlanReader(
            SuccessPlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanTaskRepository tasks,
            PlanGuard guard) {
        this.plans = plans;
        this.objectives = objectives;
        this.tasks = tasks;
        this.guard = guard;
    }

    @WithSession
    public Uni<PlanView> get(UUID planId) {
        return guard.require(planId).chain(this::view);
    }

    @WithSession
    public Uni<Page<PlanView>> list(List<UUID> accountIds, int first, String after) {
        Instant afterCreated = null;
        UUID afterId = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            try {
                afterCreated = Instant.parse(position.get(0));
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "is not a cursor returned by this API");
            }
            afterId = Cursor.uuidPart(position.get(1));
        }
        return plans.search(accountIds, afterCreated, afterId, first + 1)
                .chain(found -> views(found)
                        .map(views -> Page.of(
                                views,
                                first,
                                view -> Cursor.encode(List.of(
                                        view.plan().createdAt.toString(),
                                        view.plan().id.toString())))));
    }

    /** Call inside a session. */
    public Uni<PlanView> view(SuccessPlan plan) {
        return views(List.of(plan)).map(views -> views.get(0));
    }

    private Uni<List<PlanView>> views(List<SuccessPlan> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return objectives.ofPlans(found.stream().map(plan -> plan.id).toList()).chain(all -> {
            Map<UUID, List<PlanObjective>> byPlan = all.stream().collect(Collectors.groupingBy(o -> o.planId));
            Uni<List<PlanTask>> allTasks = all.isEmpty()
                    ? Uni.createFrom().item(List.of())
                    : tasks.ofObjectives(all.stream().map(o -> o.id).toList());
            return allTasks.map(taskList -> {
                Map<UUID, List<PlanTask>> byObjective =
                        taskList.stream().collect(Collectors.groupingBy(task -> task.objectiveId));
                return found.stream()
                        .map(plan -> new PlanView(
                                plan,
                                byPlan.getOrDefault(plan.id, List.of()).stream()
                                        .map(o -> new ObjectiveView(o, byObjective.getOrDefault(o.id, List.of())))
                                        .toList()))
                        .toList();
            });
        });
    }
}
