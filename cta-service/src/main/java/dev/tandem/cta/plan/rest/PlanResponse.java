package dev.tandem.cta.plan.rest;

import dev.tandem.cta.plan.domain.Direction;
import dev.tandem.cta.plan.domain.GoalKind;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.PlanTask;
import dev.tandem.cta.plan.domain.Progress;
import dev.tandem.cta.plan.service.PlanView;
import dev.tandem.events.cta.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A success plan as the API shows it; {@code status} is null for a plan without objectives. */
public record PlanResponse(
        UUID id,
        UUID accountId,
        String name,
        UUID templateId,
        ObjectiveStatus status,
        String createdBy,
        Instant createdAt,
        List<ObjectiveResponse> objectives) {

    /**
     * @param progress 0 to 1, null while no value of the metric is known
     * @param improvementPercent the improvement over the baseline in percent (ROI as the method defines it); null
     *     without a value or with a baseline of 0
     */
    public record ObjectiveResponse(
            UUID id,
            int position,
            String title,
            String ownerId,
            LocalDate startDate,
            LocalDate dueDate,
            GoalResponse goal,
            BigDecimal currentValue,
            Instant measuredAt,
            BigDecimal progress,
            BigDecimal improvementPercent,
            ObjectiveStatus status,
            Instant statusSince,
            List<TaskResponse> tasks) {

        static ObjectiveResponse of(PlanObjective o, List<PlanTask> tasks) {
            return new ObjectiveResponse(
                    o.id,
                    o.position,
                    o.title,
                    o.ownerId,
                    o.startDate,
                    o.dueDate,
                    new GoalResponse(o.goalKind, o.metric, o.baseline, o.target, o.direction),
                    o.currentValue,
                    o.measuredAt,
                    o.progress,
                    Progress.improvementPercent(o.goal(), o.currentValue),
                    o.status,
                    o.statusSince,
                    tasks.stream().map(TaskResponse::of).toList());
        }
    }

    public record GoalResponse(
            GoalKind kind, String metric, BigDecimal baseline, BigDecimal target, Direction direction) {}

    public record TaskResponse(
            UUID id,
            UUID playbookId,
            String title,
            String ownerId,
            LocalDate dueDate,
            boolean done,
            Instant doneAt,
            String doneBy) {

        static TaskResponse of(PlanTask t) {
            return new TaskResponse(t.id, t.playbookId, t.title, t.ownerId, t.dueDate, t.done, t.doneAt, t.doneBy);
        }
    }

    static PlanResponse of(PlanView view) {
        return new PlanResponse(
                view.plan().id,
                view.plan().accountId,
                view.plan().name,
                view.plan().templateId,
                view.status(),
                view.plan().createdBy,
                view.plan().createdAt,
                view.objectives().stream()
                        .map(o -> ObjectiveResponse.of(o.objective(), o.tasks()))
                        .toList());
    }
}
