package dev.tandem.cta.plan.rest;

import dev.tandem.cta.plan.domain.Direction;
import dev.tandem.cta.plan.domain.Goal;
import dev.tandem.cta.plan.domain.GoalKind;
import dev.tandem.cta.plan.domain.NewObjective;
import dev.tandem.cta.plan.domain.ObjectiveLimits;
import dev.tandem.cta.plan.domain.TemplateObjective;
import dev.tandem.cta.plan.service.PlanService.CreatePlan;
import dev.tandem.cta.plan.service.PlanTasks.NewTask;
import dev.tandem.events.account.TouchModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bodies the success plan endpoints accept; what only the domain can judge is judged there. */
public final class PlanRequests {

    private PlanRequests() {}

    public record Create(
            @NotNull(message = "is required") UUID accountId,

            @Size(min = 1, max = ObjectiveLimits.NAME, message = "must be 1 to 200 characters")
            String name,

            UUID templateId,

            @Size(max = ObjectiveLimits.OWNER, message = "must be at most 100 characters")
            String ownerId,

            @Size(max = ObjectiveLimits.OBJECTIVES, message = "must name at most 20 metrics")
            Map<@Size(max = 60, message = "must be at most 60 characters") String, BigDecimal> baselines,

            @Size(max = ObjectiveLimits.OBJECTIVES, message = "must hold at most 20 objectives")
            List<@Valid @NotNull(message = "must not be null") ObjectiveBody> objectives) {

        CreatePlan toCommand() {
            return new CreatePlan(
                    accountId,
                    name,
                    templateId,
                    ownerId,
                    baselines == null ? Map.of() : baselines,
                    objectives == null
                            ? List.of()
                            : objectives.stream()
                                    .map(ObjectiveBody::toObjective)
                                    .toList());
        }
    }

    public record ObjectiveBody(
            @NotBlank(message = "is required")
            @Size(max = ObjectiveLimits.TITLE, message = "must be at most 200 characters")
            String title,

            @Size(max = ObjectiveLimits.OWNER, message = "must be at most 100 characters")
            String ownerId,

            LocalDate dueDate,

            @Valid GoalBody goal) {

        NewObjective toObjective() {
            return new NewObjective(title, ownerId, dueDate, goal == null ? null : goal.toGoal());
        }
    }

    public record GoalBody(
            GoalKind kind,

            @Size(max = 60, message = "must be at most 60 characters")
            String metric,

            BigDecimal baseline,
            BigDecimal target,
            Direction direction) {

        Goal toGoal() {
            return new Goal(kind, metric == null ? null : metric.strip(), baseline, target, direction);
        }
    }

    public record Task(
            @NotBlank(message = "is required")
            @Size(max = ObjectiveLimits.TITLE, message = "must be at most 200 characters")
            String title,

            @Size(max = ObjectiveLimits.OWNER, message = "must be at most 100 characters")
            String ownerId,

            @NotNull(message = "is required") LocalDate dueDate) {

        NewTask toTask() {
            return new NewTask(title, ownerId, dueDate);
        }
    }

    public record AttachPlaybook(
            @NotNull(message = "is required") UUID playbookId) {}

    public record Template(
            @NotBlank(message = "is required")
            @Size(max = ObjectiveLimits.NAME, message = "must be at most 200 characters")
            String name,

            @NotNull(message = "is required: HIGH, LOW or TECH")
            TouchModel touchModel,

            @NotEmpty(message = "must hold at least one objective")
            @Size(max = ObjectiveLimits.OBJECTIVES, message = "must hold at most 20 objectives")
            List<@Valid @NotNull(message = "must not be null") TemplateObjectiveBody> objectives) {}

    public record TemplateObjectiveBody(
            @Size(max = ObjectiveLimits.TITLE, message = "must be at most 200 characters")
            String title,

            GoalKind kind,

            @Size(max = 60, message = "must be at most 60 characters")
            String metric,

            Direction direction,
            BigDecimal improvementPercent,
            Integer dueInDays,
            UUID playbookId) {

        TemplateObjective toObjective() {
            return new TemplateObjective(
                    title == null ? null : title.strip(),
                    kind,
                    metric == null ? null : metric.strip(),
                    direction,
                    improvementPercent,
                    dueInDays,
                    playbookId);
        }
    }
}
