package dev.tandem.cta.plan.service;

import dev.tandem.cta.plan.domain.ObjectiveStatuses;
import dev.tandem.cta.plan.domain.PlanObjective;
import dev.tandem.cta.plan.domain.PlanTask;
import dev.tandem.cta.plan.domain.SuccessPlan;
import dev.tandem.events.cta.ObjectiveStatus;
import java.util.List;

/** A success plan with its objectives, in order, each with its tasks. */
public record PlanView(SuccessPlan plan, List<ObjectiveView> objectives) {

    public record ObjectiveView(PlanObjective objective, List<PlanTask> tasks) {}

    /** The plan's status from its objectives' ({@link ObjectiveStatuses#ofPlan}); null without objectives. */
    public ObjectiveStatus status() {
        return ObjectiveStatuses.ofPlan(
                objectives.stream().map(view -> view.objective().status).toList());
    }
}
