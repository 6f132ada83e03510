package dev.tandem.gateway.plan;

import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What CSMs do with success plans. cta-service checks objects: a CSM changes only plans of accounts they are CSM of,
 * which shows here as FORBIDDEN; bad input as BAD_USER_INPUT naming the field.
 */
@GraphQLApi
public class PlanMutations {

    private final PlanClient plans;

    public PlanMutations(PlanClient plans) {
        this.plans = plans;
    }

    @Mutation("defineSuccessPlanTemplate")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Define a segment's success plan template; CSMs then make their accounts' plans from it.")
    public Uni<SuccessPlanTemplate> defineSuccessPlanTemplate(@NonNull PlanInputs.Template template) {
        return plans.defineTemplate(template);
    }

    @Mutation("createSuccessPlanFromTemplate")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Make an account's success plan from a template, objectives pre-filled: baselines the account's latest"
            + " values unless given, targets the template's improvement over them.")
    public Uni<SuccessPlan> createSuccessPlanFromTemplate(@NonNull PlanInputs.FromTemplate plan) {
        return plans.create(plan.toRest());
    }

    @Mutation("addSuccessPlanObjective")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Add an objective to a plan; it is judged at once.")
    public Uni<SuccessPlan> addSuccessPlanObjective(@NonNull UUID planId, @NonNull PlanInputs.Objective objective) {
        return plans.addObjective(planId, objective);
    }

    @Mutation("updateSuccessPlanObjective")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Rewrite an objective's title, owner, due date and goal (its progress inputs); it is judged again.")
    public Uni<SuccessPlan> updateSuccessPlanObjective(
            @NonNull UUID planId, @NonNull UUID objectiveId, @NonNull PlanInputs.Objective objective) {
        return plans.updateObjective(planId, objectiveId, objective);
    }

    @Mutation("completeSuccessPlanTask")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Check a task of a success plan objective off.")
    public Uni<SuccessPlanTask> completeSuccessPlanTask(
            @NonNull UUID planId, @NonNull UUID objectiveId, @NonNull UUID taskId) {
        return plans.completeTask(planId, objectiveId, taskId);
    }
}
