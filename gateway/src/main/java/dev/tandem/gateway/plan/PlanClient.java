package dev.tandem.gateway.plan;

import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** cta-service's success plans, guarded as every downstream call is: timeout, retries on reads, circuit breaker. */
@ApplicationScoped
public class PlanClient {

    private static final String SERVICE = "cta";

    private final Downstream downstream;
    private final PlanApi api;
    private final PlanTemplateApi templates;

    public PlanClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, PlanApi.class);
        this.templates = downstream.api(SERVICE, PlanTemplateApi.class);
    }

    public Uni<List<SuccessPlanTemplate>> templates() {
        return downstream.read(SERVICE, templates::list);
    }

    public Uni<SuccessPlanTemplate> defineTemplate(PlanInputs.Template template) {
        return downstream.write(SERVICE, () -> templates.define(template));
    }

    /** The plans of many accounts (Tandem ids): one per account at most, so a call per 200 accounts. */
    public Uni<List<SuccessPlan>> ofAccounts(List<UUID> accountIds) {
        Uni<List<SuccessPlan>> found = Uni.createFrom().item(new ArrayList<>());
        for (int from = 0; from < accountIds.size(); from += PageSize.MAX) {
            List<UUID> chunk = accountIds.subList(from, Math.min(accountIds.size(), from + PageSize.MAX));
            found = found.chain(all -> downstream
                    .read(SERVICE, () -> api.list(chunk, PageSize.MAX))
                    .map(page -> {
                        all.addAll(page.items());
                        return all;
                    }));
        }
        return found;
    }

    public Uni<SuccessPlan> create(PlanInputs.Create plan) {
        return downstream.write(SERVICE, () -> api.create(plan));
    }

    public Uni<SuccessPlan> addObjective(UUID planId, PlanInputs.Objective objective) {
        return downstream.write(SERVICE, () -> api.addObjective(planId, objective));
    }

    public Uni<SuccessPlan> updateObjective(UUID planId, UUID objectiveId, PlanInputs.Objective objective) {
        return downstream.write(SERVICE, () -> api.updateObjective(planId, objectiveId, objective));
    }

    public Uni<SuccessPlanTask> completeTask(UUID planId, UUID objectiveId, UUID taskId) {
        return downstream.write(SERVICE, () -> api.taskDone(planId, objectiveId, taskId));
    }
}
