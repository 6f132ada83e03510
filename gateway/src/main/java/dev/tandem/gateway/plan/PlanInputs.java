package dev.tandem.gateway.plan;

import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the success plan mutations; cta-service judges them and names the bad field. */
public final class PlanInputs {

    private PlanInputs() {}

    @Input("SuccessPlanFromTemplateInput")
    @Description("An account's success plan made from a template: each baseline the account's latest value of the"
            + " metric unless given here.")
    public record FromTemplate(
            @NonNull @Description("Tandem's account id") UUID accountId,
            @NonNull UUID templateId,

            @Description("Owner of the objectives; defaults to the account's CSM")
            String ownerId,

            @Description("Baselines by metric, where the account's latest value is not wanted or not known")
            List<MetricValue> baselines) {

        /** cta-service's body. */
        Create toRest() {
            Map<String, BigDecimal> byMetric = new LinkedHashMap<>();
            if (baselines != null) {
                baselines.forEach(baseline -> byMetric.put(baseline.metric(), baseline.value()));
            }
            return new Create(accountId, templateId, ownerId, byMetric);
        }
    }

    @Input("MetricValueInput")
    public record MetricValue(
            @NonNull String metric, @NonNull BigDecimal value) {}

    @Input("SuccessPlanObjectiveInput")
    @Description("An objective as written: the goal's metric, baseline, target and direction are the progress inputs.")
    public record Objective(
            @NonNull String title,
            @Description("Defaults to the account's CSM") String ownerId,
            @NonNull LocalDate dueDate,
            @NonNull Goal goal) {}

    @Input("SuccessPlanGoalInput")
    public record Goal(
            @NonNull GoalKind kind,
            @NonNull String metric,
            @NonNull BigDecimal baseline,
            @NonNull BigDecimal target,
            @NonNull GoalDirection direction) {}

    @Input("SuccessPlanTemplateInput")
    @Description("A segment's template: its name, the touch model it serves and 1-20 objectives.")
    public record Template(
            @NonNull String name,
            @NonNull TouchModel touchModel,
            @NonNull List<@NonNull TemplateObjective> objectives) {}

    @Input("SuccessPlanTemplateObjectiveInput")
    @Description("An objective of a template: the target is the account's baseline improved by improvementPercent in"
            + " the goal's direction; due dueInDays after the plan is made; the playbook's tasks come with it.")
    public record TemplateObjective(
            @NonNull String title,
            @NonNull GoalKind kind,
            @NonNull String metric,
            @NonNull GoalDirection direction,
            @NonNull BigDecimal improvementPercent,
            @NonNull Integer dueInDays,
            UUID playbookId) {}

    /** cta-service's create body. */
    record Create(UUID accountId, UUID templateId, String ownerId, Map<String, BigDecimal> baselines) {}
}
